package org.jigsaw.ops;

import java.util.List;
import org.jigsaw.govern.Released;
import org.jigsaw.govern.Suppression;
import org.jigsaw.schedule.RefreshOutcome;
import org.jigsaw.schedule.RefreshStatus;

/**
 * Renders an {@link OpsStatus} as Prometheus metrics; every series carries the area label. Counts
 * of rows and people are released under the area's disclosure rule like any other figure (the
 * endpoint needs no session): rounded, and a count the rule hides has no sample.
 */
public final class OpsMetrics {

    private OpsMetrics() {
    }

    public static String render(OpsStatus s, Suppression rule) {
        String area = s.area() == null ? "" : s.area();
        PrometheusText p = new PrometheusText();
        p.family("jigsaw_up", "gauge", "1 when a current snapshot is served (health UP or DEGRADED), else 0")
                .sample("jigsaw_up", s.health() == Health.DOWN ? 0 : 1, "area", area);
        p.family("jigsaw_health", "gauge", "Health state: 1 for the current state, 0 for the others");
        for (Health h : Health.values()) {
            p.sample("jigsaw_health", s.health() == h ? 1 : 0, "area", area, "state", h.name());
        }
        p.family("jigsaw_snapshot_age_seconds", "gauge", "Seconds since the current snapshot's refresh finished");
        if (s.snapshotAt() != null) {
            p.sample("jigsaw_snapshot_age_seconds", s.snapshotAgeSeconds(), "area", area);
        }
        p.family("jigsaw_snapshot_timestamp_seconds", "gauge", "When the current snapshot's refresh finished (Unix time)");
        if (s.snapshotAt() != null) {
            p.sample("jigsaw_snapshot_timestamp_seconds", s.snapshotAt().getEpochSecond(), "area", area);
        }
        p.family("jigsaw_last_refresh_success", "gauge", "1 if the most recent refresh succeeded, 0 if it failed or did not finish");
        p.family("jigsaw_last_refresh_status", "gauge", "The most recent refresh's outcome: 1 for it, 0 for the others");
        p.family("jigsaw_last_refresh_started_timestamp_seconds", "gauge", "When the most recent refresh started (Unix time)");
        p.family("jigsaw_last_refresh_timestamp_seconds", "gauge", "When the most recent refresh finished (Unix time); absent if it did not finish");
        p.family("jigsaw_last_refresh_duration_seconds", "gauge", "How long the most recent refresh took; absent if it did not finish");
        RefreshOutcome last = s.lastRefresh();
        if (last != null) {
            p.sample("jigsaw_last_refresh_success", last.ok() ? 1 : 0, "area", area);
            for (RefreshStatus state : List.of(RefreshStatus.OK, RefreshStatus.FAILED, RefreshStatus.INTERRUPTED)) {
                p.sample("jigsaw_last_refresh_status", last.status() == state ? 1 : 0, "area", area, "state", state.name());
            }
            p.sample("jigsaw_last_refresh_started_timestamp_seconds", last.startedAt().getEpochSecond(), "area", area);
            if (last.finishedAt() != null) {
                p.sample("jigsaw_last_refresh_timestamp_seconds", last.finishedAt().getEpochSecond(), "area", area);
                p.sample("jigsaw_last_refresh_duration_seconds", last.duration().toMillis() / 1000.0, "area", area);
            }
        }
        p.family("jigsaw_refresh_failures_total", "counter", "Failed and interrupted refreshes recorded in the refresh log")
                .sample("jigsaw_refresh_failures_total", s.refreshFailures(), "area", area);
        p.family("jigsaw_refresh_skipped_total", "counter", "Refreshes skipped because another refresh of the area was running")
                .sample("jigsaw_refresh_skipped_total", s.refreshSkips(), "area", area);
        p.family("jigsaw_refresh_running", "gauge", "1 while a refresh of the area is running")
                .sample("jigsaw_refresh_running", s.refreshRunning() == null ? 0 : 1, "area", area);
        p.family("jigsaw_next_refresh_timestamp_seconds", "gauge", "Next scheduled refresh (Unix time)");
        if (s.nextRefresh() != null) {
            p.sample("jigsaw_next_refresh_timestamp_seconds", s.nextRefresh().getEpochSecond(), "area", area);
        }
        p.family("jigsaw_source_rows", "gauge", "Rows per source in the current snapshot, by stage");
        for (SourceStatus src : s.sources()) {
            count(p, rule, "jigsaw_source_rows", src.rowsRead(), "area", area, "source", src.source(), "stage", "read");
            count(p, rule, "jigsaw_source_rows", src.rowsLoaded(), "area", area, "source", src.source(), "stage", "loaded");
            count(p, rule, "jigsaw_source_rows", src.rowsQuarantined(), "area", area, "source", src.source(), "stage", "quarantined");
        }
        p.family("jigsaw_source_extract_age_days", "gauge", "Days between a source's extract date and the reference date");
        for (SourceStatus src : s.sources()) {
            if (src.extractAgeDays() != null) {
                p.sample("jigsaw_source_extract_age_days", src.extractAgeDays(), "area", area, "source", src.source());
            }
        }
        p.family("jigsaw_source_stale", "gauge", "1 if the source's extract is older than the area tolerates");
        for (SourceStatus src : s.sources()) {
            p.sample("jigsaw_source_stale", src.stale() ? 1 : 0, "area", area, "source", src.source());
        }
        p.family("jigsaw_records", "gauge", "Records in the current snapshot");
        p.family("jigsaw_persons", "gauge", "Persons the records were linked into");
        p.family("jigsaw_linkage_rate", "gauge", "Share of records whose person also has a record from another source");
        if (s.linkage() != null) {
            count(p, rule, "jigsaw_records", s.linkage().records(), "area", area);
            count(p, rule, "jigsaw_persons", s.linkage().persons(), "area", area);
            Released rate = rule.rate(s.linkage().linkedRecords(), s.linkage().records(), 100.0);
            if (!rate.suppressed()) p.sample("jigsaw_linkage_rate", rate.value() / 100.0, "area", area);
        }
        return p.toString();
    }

    private static void count(PrometheusText p, Suppression rule, String name, long n, String... labels) {
        Released r = rule.count(n);
        if (!r.suppressed()) p.sample(name, r.count(), labels);
    }
}
