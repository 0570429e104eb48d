package org.jigsaw.cli;

import org.jigsaw.ingest.AreaIngest;
import org.jigsaw.link.incremental.IncrementalLinkStage;
import org.jigsaw.pipeline.IngestStage;
import org.jigsaw.pipeline.LinkStage;

/** The pipeline stages the refresh and demo commands run on this machine. */
final class Stages {
    private Stages() {
    }

    static IngestStage ingest() {
        return new AreaIngest();
    }

    /** Incremental linkage: reuses the comparisons of unchanged records; the result equals a full run. */
    static LinkStage link() {
        return new IncrementalLinkStage();
    }
}
