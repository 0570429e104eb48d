package org.jigsaw.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jigsaw.area.Area;
import org.jigsaw.cohort.CohortSet;
import org.jigsaw.cohort.CohortsYaml;
import org.jigsaw.cohort.EvaluationContext;
import org.jigsaw.govern.AuditAnchor;
import org.jigsaw.govern.AuditLog;
import org.jigsaw.govern.GovernedIngest;
import org.jigsaw.ingest.AreaIngest;
import org.jigsaw.ingest.IngestResult;
import org.jigsaw.ingest.QualityFinding;
import org.jigsaw.ingest.SourceReconciliation;
import org.jigsaw.link.Decision;
import org.jigsaw.link.LinkResult;
import org.jigsaw.link.PersonAssignment;
import org.jigsaw.link.ReviewDecision;
import org.jigsaw.link.ScoredPair;
import org.jigsaw.ingest.IngestStage;
import org.jigsaw.link.LinkContext;
import org.jigsaw.link.LinkStage;
import org.jigsaw.progress.Progress;
import org.jigsaw.ingest.check.Checks;

/**
 * One refresh of an area: ingest → link (with the current snapshot's review decisions and
 * record → person map, so person IDs stay stable) → a new snapshot with records, persons, facts,
 * cohorts and KPIs → checks → atomic switch. Until the switch nothing a reader sees changes; if
 * anything fails (or the process dies) the previous snapshot stays current and intact.
 */
public final class Refresh {
    /** Snapshots kept by default: a year of monthly refreshes, for trends. */
    public static final int DEFAULT_KEEP = 12;
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private final IngestStage ingest;
    private final LinkStage link;
    private final int keep;
    private final Clock clock;

    public Refresh(IngestStage ingest, LinkStage link) {
        this(ingest, link, DEFAULT_KEEP, Clock.systemUTC());
    }

    public Refresh(IngestStage ingest, LinkStage link, int keep, Clock clock) {
        if (keep < 1) throw new IllegalArgumentException("keep at least one snapshot");
        this.ingest = ingest;
        this.link = link;
        this.keep = keep;
        this.clock = clock;
    }

    /** Runs the whole pipeline for {@code area} and publishes the new snapshot. */
    public RefreshSummary run(Area area, Progress progress) throws IOException {
        Snapshots snapshots = Snapshots.of(area.dir());
        try (RefreshLock lock = RefreshLock.acquire(snapshots.dir())) {
            return runLocked(area, snapshots, progress);
        }
    }

    /**
     * Runs under a lock the caller already holds, so that it can record the run as started before
     * and its outcome after while no other refresh can begin (see {@code RefreshRecorder}).
     */
    public RefreshSummary run(Area area, Progress progress, RefreshLock held) throws IOException {
        Snapshots snapshots = Snapshots.of(area.dir());
        if (!held.guards(snapshots.dir())) {
            throw new IllegalArgumentException("the refresh lock given is not held for " + snapshots.dir());
        }
        return runLocked(area, snapshots, progress);
    }

    private RefreshSummary runLocked(Area area, Snapshots snapshots, Progress progress) throws IOException {
        snapshots.removeLeftovers();
        Map<String, Duration> timings = new LinkedHashMap<>();
        Instant started = clock.instant();
        LocalDate ref = area.config().requiredReferenceDate();
        CohortSet cohorts = new CohortsYaml().forArea(area.dir()); // fail on a bad cohorts.yaml before any work

        Previous previous = Previous.read(snapshots);
        ReviewInbox inbox = new ReviewInbox(area.dir());
        ReviewInbox.Pending pending = inbox.pending();
        Collection<ReviewDecision> decisions = ReviewInbox.merge(previous.decisions, pending.decisions());

        long t = System.nanoTime();
        IngestResult in = ingest.ingest(area.dir(), area.config(), progress);
        timings.put("ingest", since(t));

        t = System.nanoTime();
        LinkResult linked = link.link(in.records(),
                new LinkContext(area.dir(), List.copyOf(decisions), previous.personIds), progress);
        timings.put("link", since(t));

        String runId = snapshots.newRunId(started);
        Path partial = snapshots.partial(runId);
        Map<String, Long> tableRows;
        CohortResults results;
        long persons;
        try {
            try (Connection c = Duck.openWritable(partial)) {
                t = System.nanoTime();
                SnapshotWriter w = new SnapshotWriter(c, progress);
                w.startRun(runId, area.config().name(), ref, started, version());
                SnapshotChecks checks = new SnapshotChecks()
                        .expect("source_run", w.sources(in.reconciliation()))
                        .expect("record", w.records(in.records()))
                        .expect("quarantine", w.quarantine(in.quarantine()))
                        .expect("quality_finding", w.findings(in.findings()));
                SnapshotWriter.PairRows pairRows = w.pairs(linked.pairs(), linked.explanations());
                checks.expect("pair", pairRows.pairs()).expect("pair_weight", pairRows.weightRows())
                        .expectCandidatePairs(linked.pairs().size())
                        .expect("person_record", w.personRecords(linked.assignments()))
                        .expect("fact", w.facts(in.facts(), personOfRecord(linked.assignments())))
                        .expect("review_decision", w.reviewDecisions(decisions));
                persons = w.derivePersons(ref, area.config().postcodeDistricts());
                timings.put("write", since(t));

                t = System.nanoTime();
                try (Progress.Task task = progress.start("cohorts and KPIs", cohorts.cohorts().size() + cohorts.kpis().size())) {
                    results = new CohortEngine(cohorts, evaluationContext(area, ref))
                            .evaluate(c);
                    task.stepBy(cohorts.cohorts().size() + cohorts.kpis().size());
                }
                timings.put("cohorts", since(t));

                t = System.nanoTime();
                tableRows = checks.expect("cohort_definition", cohorts.cohorts().size()).verify(c);
                timings.put("checks", since(t));
                w.finishRun(clock.instant(), detail(in, linked, tableRows, timings, results, pending,
                        AuditLog.open(area.dir()).head()));
                try (Statement s = c.createStatement()) {
                    s.execute("CHECKPOINT");
                }
            }
            t = System.nanoTime();
            snapshots.publish(runId);
            timings.put("publish", since(t));
        } catch (SQLException | RuntimeException | IOException e) {
            deleteQuietly(partial);
            if (e instanceof SQLException) throw new StoreException("refresh failed writing snapshot " + runId + ": " + e.getMessage(), e);
            if (e instanceof IOException io) throw io;
            throw (RuntimeException) e;
        }
        inbox.markApplied(runId);
        List<String> pruned = snapshots.prune(keep);

        Map<String, Long> headline = new LinkedHashMap<>();
        results.cohorts().forEach(cc -> headline.put(cc.cohort(), cc.members()));
        long links = linked.pairs().stream().filter(p -> p.decision().links()).count();
        // a borderline pair whose records other links already put in one person needs no reviewer
        Map<String, String> personOf = new java.util.HashMap<>();
        linked.assignments().forEach(a -> personOf.put(a.recordKey(), a.personId()));
        long review = linked.pairs().stream().filter(p -> p.decision() == Decision.REVIEW)
                .filter(p -> !java.util.Objects.equals(personOf.get(p.leftKey()), personOf.get(p.rightKey()))).count();
        List<String> notIngested = in.findings().stream()
                .filter(f -> GovernedIngest.NOT_INGESTED.equals(f.check()) || Checks.REFUSED.equals(f.check())
                        || AreaIngest.INVALID_DEFINITION.equals(f.check()))
                .map(f -> AreaIngest.INVALID_DEFINITION.equals(f.check()) ? "definition not loaded: " + f.detail() : f.detail()).toList();
        List<String> notices = in.findings().stream().filter(f -> GovernedIngest.NOTICE.equals(f.check())).map(QualityFinding::detail).toList();
        return new RefreshSummary(runId, snapshots.file(runId), ref, in.reconciliation(), notIngested, notices, in.records().size(),
                in.quarantine().size(), in.facts().size(), persons, linked.pairs().size(), links, review, headline,
                results.kpis(), timings, linked.metrics() == null ? Map.of() : linked.metrics(), pruned);
    }

    private static EvaluationContext evaluationContext(Area area, LocalDate ref) {
        EvaluationContext fromArea = EvaluationContext.of(area.config());
        return new EvaluationContext(ref, fromArea.population(), fromArea.icbCode(), fromArea.ageMin(), fromArea.ageMax());
    }

    private static Map<String, String> personOfRecord(List<PersonAssignment> assignments) {
        Map<String, String> m = new HashMap<>(assignments.size() * 2);
        for (PersonAssignment a : assignments) m.put(a.recordKey(), a.personId());
        return m;
    }

    private static String detail(IngestResult in, LinkResult linked, Map<String, Long> rows, Map<String, Duration> timings,
                                 CohortResults results, ReviewInbox.Pending pending,
                                 java.util.Optional<AuditAnchor> auditHead) throws IOException {
        Map<String, Object> d = new LinkedHashMap<>();
        // a copy of the audit chain's head outside audit/: SnapshotAuditAnchors reads it back for 'jigsaw audit verify'
        auditHead.ifPresent(h -> d.put(SnapshotAuditAnchors.KEY, Map.of("seq", h.seq(), "hash", h.hash())));
        Map<String, Long> ms = new LinkedHashMap<>();
        timings.forEach((k, v) -> ms.put(k, v.toMillis()));
        d.put("timings_ms", ms);
        d.put("rows", rows);
        List<Map<String, Object>> sources = new ArrayList<>();
        for (SourceReconciliation s : in.reconciliation()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("source", s.source());
            m.put("rows_read", s.rowsRead());
            m.put("rows_loaded", s.rowsLoaded());
            m.put("rows_quarantined", s.rowsQuarantined());
            sources.add(m);
        }
        d.put("sources", sources);
        Map<String, Long> decisions = new LinkedHashMap<>();
        for (ScoredPair p : linked.pairs()) decisions.merge(p.decision().name(), 1L, Long::sum);
        Map<String, Object> linkage = new LinkedHashMap<>();
        linkage.put("pairs_by_decision", decisions);
        linkage.put("records", in.records().size());
        linkage.put("persons", linked.assignments().stream().map(PersonAssignment::personId).distinct().count());
        linkage.put("review_decisions_new", pending.decisions().size());
        linkage.put("review_lines_unreadable", pending.skippedLines());
        if (linked.metrics() != null) linkage.put("model", jsonSafe(linked.metrics()));
        d.put("linkage", linkage);
        Map<String, Long> cohortMs = new LinkedHashMap<>();
        results.queryTimes().forEach((k, v) -> cohortMs.put(k, v.toMillis()));
        d.put("cohort_query_ms", cohortMs);
        return JSON.writeValueAsString(d);
    }

    /** Metrics as JSON; a value Jackson cannot write is kept as its text rather than failing the refresh. */
    private static Object jsonSafe(Map<String, Object> metrics) {
        Map<String, Object> out = new LinkedHashMap<>();
        metrics.forEach((k, v) -> {
            try {
                out.put(k, JSON.valueToTree(v));
            } catch (IllegalArgumentException e) {
                out.put(k, String.valueOf(v));
            }
        });
        return out;
    }

    private static Duration since(long t0) {
        return Duration.ofNanos(System.nanoTime() - t0);
    }

    private static void deleteQuietly(Path partial) {
        try {
            Files.deleteIfExists(partial);
            Files.deleteIfExists(Path.of(partial + ".wal"));
        } catch (IOException ignored) {
            // the next refresh removes leftovers
        }
    }

    private static String version() {
        String v = Refresh.class.getPackage().getImplementationVersion();
        return v == null ? "development" : v;
    }

    /** What the link stage takes over from the current snapshot. */
    private record Previous(List<ReviewDecision> decisions, Map<String, String> personIds) {
        static Previous read(Snapshots snapshots) {
            if (snapshots.currentRunId().isEmpty()) return new Previous(List.of(), Map.of());
            try (SnapshotReader r = snapshots.openCurrent(); Statement s = r.connection().createStatement()) {
                List<ReviewDecision> decisions = new ArrayList<>();
                try (ResultSet rs = s.executeQuery("SELECT left_key, right_key, decision, reviewer, decided_at FROM review_decision")) {
                    while (rs.next()) {
                        java.sql.Timestamp at = rs.getTimestamp(5);
                        decisions.add(new ReviewDecision(rs.getString(1), rs.getString(2), Decision.valueOf(rs.getString(3)),
                                rs.getString(4), at == null ? null : at.toLocalDateTime().toInstant(java.time.ZoneOffset.UTC)));
                    }
                }
                Map<String, String> ids = new HashMap<>();
                try (ResultSet rs = s.executeQuery("SELECT record_key, person_id FROM person_record")) {
                    while (rs.next()) ids.put(rs.getString(1), rs.getString(2));
                }
                return new Previous(decisions, ids);
            } catch (SQLException e) {
                throw new StoreException("cannot read the current snapshot's review decisions: " + e.getMessage(), e);
            }
        }
    }
}
