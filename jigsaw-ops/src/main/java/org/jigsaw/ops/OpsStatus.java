package org.jigsaw.ops;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jigsaw.schedule.RefreshOutcome;

/**
 * Everything the dashboard banner, {@code /health} and {@code /metrics} show, read at {@code at}.
 *
 * @param snapshotRunId   current snapshot's run ID; null when there is none
 * @param snapshotAt      when the current snapshot's run finished
 * @param lastRefresh     the newest refresh that finished or died: OK, FAILED or INTERRUPTED (a
 *                        failure may follow a good snapshot); a skipped or running one is not it
 * @param lastSuccessful  the newest successful refresh
 * @param refreshRunning  the refresh running now (its process holds the refresh lock), or null
 * @param refreshFailures FAILED and INTERRUPTED runs in the refresh log
 * @param refreshSkips    runs refused because another refresh was running; not failures
 * @param nextRefresh     the next scheduled refresh when the server runs a schedule
 * @param problems        human sentences explaining any status other than UP
 */
public record OpsStatus(String area, Instant at, Health health, String snapshotRunId, Instant snapshotAt,
                        LocalDate referenceDate, RefreshOutcome lastRefresh, RefreshOutcome lastSuccessful,
                        Instant nextRefresh, String schedule, List<SourceStatus> sources, LinkageStatus linkage,
                        long refreshFailures, RefreshOutcome refreshRunning, long refreshSkips, List<String> problems) {

    public OpsStatus {
        sources = sources == null ? List.of() : List.copyOf(sources);
        problems = problems == null ? List.of() : List.copyOf(problems);
    }

    /** Seconds since the current snapshot was made; -1 when there is none. */
    public long snapshotAgeSeconds() {
        return snapshotAt == null ? -1 : Math.max(0, at.getEpochSecond() - snapshotAt.getEpochSecond());
    }

    public List<SourceStatus> staleSources() {
        return sources.stream().filter(SourceStatus::stale).toList();
    }
}
