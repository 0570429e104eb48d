package org.jigsaw.store;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jigsaw.ingest.SourceReconciliation;

/**
 * What one refresh did, for the {@code refresh} and {@code demo} commands.
 *
 * @param links         pairs the link stage decided are the same child (deterministic, accepted, clerical)
 * @param reviewPending pairs waiting for clerical review
 * @param cohorts       headline member count per cohort, in definition order
 * @param timings       wall time per stage (ingest, link, write, cohorts, checks, publish)
 * @param linkMetrics   what the link stage reported (also stored in run.detail)
 * @param notIngested   why each source that was not read was refused (agreements, keys), one line each
 * @param notices       agreements that have ended, not started or are due for review
 */
public record RefreshSummary(String runId, Path snapshot, LocalDate referenceDate, List<SourceReconciliation> sources,
                             List<String> notIngested, List<String> notices,
                             long records, long quarantined, long facts, long persons, long pairs, long links,
                             long reviewPending, Map<String, Long> cohorts, List<KpiValue> kpis,
                             Map<String, Duration> timings, Map<String, Object> linkMetrics, List<String> pruned) {

    /** A plain-text report, one fact per line; counts only, never identifiers. */
    public String report() {
        StringBuilder b = new StringBuilder();
        b.append(String.format("Snapshot %s (reference date %s)%n", runId, referenceDate));
        for (SourceReconciliation s : sources) b.append("  ").append(s.line()).append(System.lineSeparator());
        for (String why : notIngested) b.append("  ").append(why).append(System.lineSeparator());
        for (String n : notices) b.append("  ").append(n).append(System.lineSeparator());
        if (sources.isEmpty() && !notIngested.isEmpty()) {
            b.append("  NOTHING WAS INGESTED: every source was refused, so this snapshot holds no one. Data-sharing"
                    + " agreements go in agreements/ (docs/governance.md).").append(System.lineSeparator());
        }
        b.append(String.format("  records %,d, quarantined %,d, facts %,d%n", records, quarantined, facts));
        b.append(String.format("  persons %,d from %,d candidate pairs: %,d links, %,d awaiting review%n", persons, pairs, links, reviewPending));
        b.append("Cohorts").append(System.lineSeparator());
        cohorts.forEach((name, n) -> b.append(String.format("  %-45s %,9d%n", name, n)));
        b.append("Timings").append(System.lineSeparator());
        timings.forEach((stage, d) -> b.append(String.format("  %-10s %8.1f s%n", stage, d.toMillis() / 1000.0)));
        if (!pruned.isEmpty()) b.append("Removed old snapshots: ").append(String.join(", ", pruned)).append(System.lineSeparator());
        return b.toString();
    }
}
