package org.jigsaw.store;

import java.nio.file.Path;

/** One kept snapshot file. Run IDs sort in time order. */
public record SnapshotInfo(String runId, Path file, long sizeBytes, boolean current) {
}
