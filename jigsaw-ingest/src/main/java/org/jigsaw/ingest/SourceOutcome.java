package org.jigsaw.ingest;

import java.util.List;

/**
 * What one source's load produced besides its records and facts.
 *
 * @param problems located problems for {@code jigsaw sources check} (samples per check and column)
 * @param records  distinct records (ids) loaded
 */
public record SourceOutcome(SourceReconciliation reconciliation, Quarantine quarantine, List<QualityFinding> findings,
                            List<SourceProblem> problems, long records) {
}
