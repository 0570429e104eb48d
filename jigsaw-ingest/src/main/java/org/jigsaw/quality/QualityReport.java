package org.jigsaw.quality;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jigsaw.area.AreaConfig;
import org.jigsaw.ingest.IngestResult;
import org.jigsaw.ingest.QualityFinding;
import org.jigsaw.ingest.QuarantinedRow;
import org.jigsaw.ingest.SourceReconciliation;

/**
 * The data-quality report of one ingest run: reconciliation per source, quarantine counts by
 * reason, and every finding. Holds no identifiers or names, so it may go to anyone allowed to
 * see data quality.
 *
 * @param quarantineCounts source → reason → rows
 */
public record QualityReport(String area, LocalDate referenceDate, Instant generatedAt,
                            List<SourceReconciliation> reconciliation,
                            Map<String, Map<String, Long>> quarantineCounts,
                            List<QualityFinding> findings) {

    public static QualityReport of(AreaConfig area, IngestResult result, Instant at) {
        Map<String, Map<String, Long>> q = new TreeMap<>();
        for (QuarantinedRow r : result.quarantine()) {
            q.computeIfAbsent(r.source(), k -> new TreeMap<>()).merge(r.reason(), 1L, Long::sum);
        }
        return new QualityReport(area.name(), area.referenceDate(), at, List.copyOf(result.reconciliation()), q,
                List.copyOf(result.findings()));
    }

    public boolean reconciles() {
        return reconciliation.stream().allMatch(SourceReconciliation::reconciles);
    }

    public long rowsRead() {
        return reconciliation.stream().mapToLong(SourceReconciliation::rowsRead).sum();
    }

    public long rowsLoaded() {
        return reconciliation.stream().mapToLong(SourceReconciliation::rowsLoaded).sum();
    }

    public long rowsQuarantined() {
        return reconciliation.stream().mapToLong(SourceReconciliation::rowsQuarantined).sum();
    }

    /** Findings about one source (null: the cross-source checks). */
    public List<QualityFinding> findingsFor(String source) {
        return findings.stream().filter(f -> java.util.Objects.equals(f.source(), source)).toList();
    }

    /** The total count of a check across the report (e.g. all invalid NHS numbers: check "invalid", field "nhs_number"). */
    public long total(String check, String field) {
        return findings.stream().filter(f -> f.check().equals(check) && (field == null || field.equals(f.field())))
                .mapToLong(QualityFinding::count).sum();
    }
}
