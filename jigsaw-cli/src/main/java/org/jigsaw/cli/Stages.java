package org.jigsaw.cli;

import java.time.Clock;
import org.jigsaw.cli.spark.SparkProcessLinkStage;
import org.jigsaw.govern.GovernedIngest;
import org.jigsaw.link.compare.LevelKinds;
import org.jigsaw.ingest.IngestStage;
import org.jigsaw.link.LinkStage;
import org.jigsaw.privacy.PprlStages;

/** The pipeline stages the refresh and demo commands run on this machine. */
final class Stages {
    private Stages() {
    }

    /** Ingest under the area's data-sharing agreements: unagreed sources and fields never reach a snapshot. */
    static IngestStage ingest() {
        return new GovernedIngest(PprlStages.ingest(), Clock.systemDefaultZone());
    }

    /** Incremental linkage: reuses the comparisons of unchanged records; the result equals a full run. */
    static LinkStage link() {
        return PprlStages.incremental(LevelKinds.defaults(), true);
    }

    /** The link stage of the engine chosen: {@link #link()} locally, or Spark in a separate JVM. */
    static LinkStage link(EngineOptions engine) {
        return engine.spark() ? SparkProcessLinkStage.of(engine.master()) : link();
    }
}
