package org.jigsaw.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The options every {@code jigsaw feed} command shares: which area, snapshot and agreement, and where to write. */
final class FeedOptions {
    @Parameters(index = "0", paramLabel = "AREA", description = "the area folder")
    Path area;

    @Option(names = "--out", paramLabel = "DIR", description = "where to write (default: AREA/feeds)")
    Path out;

    @Option(names = "--agreement", paramLabel = "ID", description = "the agreement to feed under (default: the one that permits it)")
    String agreement;

    @Option(names = "--recipient", paramLabel = "PARTY", description = "the receiving party, as named in the agreement")
    String recipient;

    @Option(names = "--snapshot", paramLabel = "RUN", description = "a kept snapshot's run ID (default: the current one)")
    String runId;

    Path outDir() {
        return out != null ? out : area.resolve("feeds");
    }
}
