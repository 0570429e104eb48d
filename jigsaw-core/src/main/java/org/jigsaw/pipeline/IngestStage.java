package org.jigsaw.pipeline;

import java.io.IOException;
import java.nio.file.Path;
import org.jigsaw.area.AreaConfig;
import org.jigsaw.ingest.IngestResult;
import org.jigsaw.progress.Progress;

/** Reads every source of an area folder through its definition. */
public interface IngestStage {
    IngestResult ingest(Path areaDir, AreaConfig area, Progress progress) throws IOException;
}
