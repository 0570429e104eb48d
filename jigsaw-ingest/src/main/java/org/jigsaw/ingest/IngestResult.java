package org.jigsaw.ingest;

import java.util.List;
import org.jigsaw.cohort.Fact;
import org.jigsaw.record.SourceRecord;

/** Everything ingest produced for one area run. */
public record IngestResult(List<SourceRecord> records, List<Fact> facts, List<QuarantinedRow> quarantine,
                           List<SourceReconciliation> reconciliation, List<QualityFinding> findings) {
}
