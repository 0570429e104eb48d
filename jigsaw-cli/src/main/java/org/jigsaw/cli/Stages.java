package org.jigsaw.cli;

import org.jigsaw.pipeline.IngestStage;
import org.jigsaw.pipeline.LinkStage;

/** The real pipeline stages the refresh command runs; wired to the ingest and link modules at merge time. */
final class Stages {
    private Stages() {
    }

    static IngestStage ingest() {
        throw new UnsupportedOperationException("wired at merge");
    }

    static LinkStage link() {
        throw new UnsupportedOperationException("wired at merge");
    }
}
