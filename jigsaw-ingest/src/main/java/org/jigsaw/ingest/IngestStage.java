package org.jigsaw.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;
import org.jigsaw.area.AreaConfig;
import org.jigsaw.progress.Progress;

/** Reads every source of an area folder through its definition. */
public interface IngestStage {
    IngestResult ingest(Path areaDir, AreaConfig area, Progress progress) throws IOException;

    /**
     * Reads every source but those named in {@code skip}. A stage that can skip a source never
     * opens its files; this default cannot and reads them all, so a caller must still discard what
     * comes back from a skipped source.
     */
    default IngestResult ingest(Path areaDir, AreaConfig area, Set<String> skip, Progress progress) throws IOException {
        return ingest(areaDir, area, progress);
    }
}
