package org.jigsaw.cli;

import org.jigsaw.pipeline.IngestStage;
import org.jigsaw.pipeline.LinkStage;

/** The real pipeline stages the refresh command runs; wired to the ingest and link modules at merge time. */
final class Stages {
    private Stages() {
    }

    static IngestStage ingest() {
        return new org.jigsaw.ingest.AreaIngest();
    }

    /** Incremental linkage: reuses the comparisons of unchanged records; the result equals a full run. */
    static LinkStage link() {
        return new org.jigsaw.link.incremental.IncrementalLinkStage();
    }
}
