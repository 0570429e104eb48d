package org.jigsaw.ingest;

import java.util.List;

/**
 * An ingest run with the detail the CLI shows besides the {@link IngestResult} later stages use.
 *
 * @param outcomes per source, in definition order
 * @param problems definition and file problems, located (what {@code jigsaw sources check} prints)
 */
public record IngestRun(IngestResult result, List<SourceOutcome> outcomes, List<SourceProblem> problems) {

    public boolean hasErrors() {
        return problems.stream().anyMatch(p -> p.severity() == SourceProblem.Severity.ERROR);
    }

    public boolean reconciles() {
        return result.reconciliation().stream().allMatch(SourceReconciliation::reconciles);
    }
}
