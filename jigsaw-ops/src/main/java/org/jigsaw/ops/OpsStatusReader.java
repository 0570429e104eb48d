package org.jigsaw.ops;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.jigsaw.schedule.RefreshLog;
import org.jigsaw.schedule.RefreshOutcome;
import org.jigsaw.schedule.RefreshStatus;
import org.jigsaw.store.Duck;
import org.jigsaw.store.RunInfo;
import org.jigsaw.store.SnapshotReader;
import org.jigsaw.store.Snapshots;

/**
 * Reads an area's {@link OpsStatus}. A snapshot never changes once published, so what is read
 * from it is cached by run ID; the refresh log and the clock are read on every call, which keeps
 * a scrape every few seconds cheap even for a 2-million-record snapshot.
 */
public final class OpsStatusReader {

    /**
     * Tolerances: how old an extract or a snapshot may get, and how long a refresh may run, before
     * the area is DEGRADED. A refresh that hangs (a stuck network share, a deadlocked JVM) holds
     * the lock and writes no outcome, so only its age can tell it from a slow one.
     */
    public record Tolerance(int staleSourceDays, Long maxSnapshotAgeSeconds, long maxRefreshSeconds) {
        /** Monthly extracts with a few days' slack; snapshot age not checked; a refresh may run 6 hours. */
        public static Tolerance standard() {
            return new Tolerance(35, null, 6 * 3600);
        }
    }

    /** When a scheduler runs: its next time and its description. */
    public record ScheduleView(Supplier<Optional<Instant>> nextRun, String description) {
    }

    private record SnapshotPart(String runId, Instant finishedAt, LocalDate referenceDate, List<SourceStatus> sources,
                                LinkageStatus linkage) {
    }

    private final String area;
    private final Snapshots snapshots;
    private final RefreshLog log;
    private final Tolerance tolerance;
    private final ScheduleView schedule;
    private final Clock clock;
    private volatile SnapshotPart cached;

    public OpsStatusReader(Path areaDir, String area, Tolerance tolerance, ScheduleView schedule, Clock clock) {
        this.area = area;
        this.snapshots = Snapshots.of(areaDir);
        this.log = RefreshLog.of(areaDir);
        this.tolerance = tolerance;
        this.schedule = schedule;
        this.clock = clock;
    }

    public OpsStatus read() {
        Instant now = clock.instant();
        List<String> problems = new ArrayList<>();
        List<RefreshOutcome> entries;
        try {
            entries = log.all();
        } catch (RuntimeException e) {
            entries = List.of();
            problems.add("the refresh log cannot be read: " + e.getMessage());
        }
        RefreshOutcome last = null;
        RefreshOutcome lastOk = null;
        RefreshOutcome running = null;
        long failures = 0;
        long skips = 0;
        for (RefreshOutcome o : entries) {
            RefreshStatus status = o.status();
            if (status.attempted()) {
                last = o;
            }
            if (o.ok()) {
                lastOk = o;
            }
            failures += status.failed() ? 1 : 0;
            skips += status == RefreshStatus.SKIPPED ? 1 : 0;
            running = status == RefreshStatus.RUNNING ? o : running;
        }

        SnapshotPart part = null;
        Health health = Health.UP;
        try {
            Optional<String> runId = snapshots.currentRunId();
            if (runId.isEmpty()) {
                health = Health.DOWN;
                problems.add("no snapshot has been published yet: run a refresh");
            } else {
                part = snapshotPart(runId.get());
            }
        } catch (RuntimeException | SQLException e) {
            health = Health.DOWN;
            problems.add("the current snapshot cannot be read: " + e.getMessage());
        }

        if (last != null && last.status().failed()) {
            problems.add("the last refresh (started " + last.startedAt() + ") "
                    + (last.status() == RefreshStatus.INTERRUPTED ? "did not finish: its process stopped before recording an outcome"
                    : "failed: " + last.reason())
                    + (part == null ? "" : "; still serving snapshot " + part.runId()));
        }
        if (running != null && now.getEpochSecond() - running.startedAt().getEpochSecond() > tolerance.maxRefreshSeconds()) {
            problems.add("a refresh has been running since " + running.startedAt() + ", longer than "
                    + tolerance.maxRefreshSeconds() / 3600 + " hours: it may be hung (docs/operations.md, 'A refresh that hangs')");
        }
        if (part != null) {
            for (SourceStatus s : part.sources()) {
                if (s.stale()) {
                    problems.add(s.extractAgeDays() == null ? "source " + s.source() + " has no extract date"
                            : "source " + s.source() + " is stale: extracted " + s.extractDate() + ", "
                            + s.extractAgeDays() + " days before the reference date");
                }
            }
            if (tolerance.maxSnapshotAgeSeconds() != null && part.finishedAt() != null
                    && now.getEpochSecond() - part.finishedAt().getEpochSecond() > tolerance.maxSnapshotAgeSeconds()) {
                problems.add("the current snapshot is older than " + tolerance.maxSnapshotAgeSeconds() / 3600 + " hours");
            }
        }
        if (health != Health.DOWN && !problems.isEmpty()) {
            health = Health.DEGRADED;
        }
        Instant next = schedule == null ? null : schedule.nextRun().get().orElse(null);
        return new OpsStatus(area, now, health, part == null ? null : part.runId(),
                part == null ? null : part.finishedAt(), part == null ? null : part.referenceDate(), last, lastOk, next,
                schedule == null ? null : schedule.description(), part == null ? List.of() : part.sources(),
                part == null ? null : part.linkage(), failures, running, skips, problems);
    }

    private SnapshotPart snapshotPart(String runId) throws SQLException {
        SnapshotPart c = cached;
        if (c != null && c.runId().equals(runId)) {
            return c;
        }
        Path file = snapshots.file(runId);
        RunInfo run;
        try (SnapshotReader r = SnapshotReader.open(file)) {
            run = r.run();
        }
        LocalDate ref = run.referenceDate();
        List<SourceStatus> sources = new ArrayList<>();
        LinkageStatus linkage;
        try (Connection conn = Duck.openReadOnly(file); Statement st = conn.createStatement()) {
            try (ResultSet rs = st.executeQuery("SELECT source, any_value(agency), max(extract_date), sum(rows_read), "
                    + "sum(rows_loaded), sum(rows_quarantined) FROM source_run GROUP BY source ORDER BY source")) {
                while (rs.next()) {
                    Date d = rs.getDate(3);
                    LocalDate extract = d == null ? null : d.toLocalDate();
                    Long age = extract == null || ref == null ? null : ChronoUnit.DAYS.between(extract, ref);
                    boolean stale = age == null || age > tolerance.staleSourceDays();
                    sources.add(new SourceStatus(rs.getString(1), rs.getString(2), extract, rs.getLong(4), rs.getLong(5),
                            rs.getLong(6), age, stale));
                }
            }
            try (ResultSet rs = st.executeQuery("""
                    WITH per_person AS (
                        SELECT pr.person_id, count(*) AS n, count(DISTINCT r.source) AS sources
                        FROM person_record pr JOIN record r ON r.record_key = pr.record_key
                        GROUP BY pr.person_id)
                    SELECT coalesce(sum(n), 0), count(*), coalesce(sum(CASE WHEN sources > 1 THEN n ELSE 0 END), 0)
                    FROM per_person""")) {
                rs.next();
                long records = rs.getLong(1);
                long linked = rs.getLong(3);
                linkage = new LinkageStatus(records, rs.getLong(2), linked, records == 0 ? 0 : (double) linked / records);
            }
        }
        Instant finished = run.finishedAt() == null ? null : run.finishedAt().toInstant(ZoneOffset.UTC);
        SnapshotPart part = new SnapshotPart(runId, finished, ref, List.copyOf(sources), linkage);
        cached = part;
        return part;
    }
}
