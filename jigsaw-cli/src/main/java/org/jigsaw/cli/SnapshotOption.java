package org.jigsaw.cli;

import java.nio.file.Path;
import org.jigsaw.store.SnapshotReader;
import org.jigsaw.store.Snapshots;
import picocli.CommandLine.Option;

/** {@code --snapshot RUN}: read a kept snapshot instead of the current one. */
final class SnapshotOption {
    @Option(names = "--snapshot", paramLabel = "RUN", description = "a kept snapshot's run ID (default: the current one)")
    String runId;

    SnapshotReader open(Path area) {
        Snapshots s = Snapshots.of(area);
        return runId == null ? s.openCurrent() : s.open(runId);
    }
}
