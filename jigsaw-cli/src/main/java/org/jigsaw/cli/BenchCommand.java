package org.jigsaw.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code jigsaw bench …}: the speed and memory targets live here, never in timed tests. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Benchmarks: run one and print its measured figures as JSON.",
        subcommands = {BenchCohortsCommand.class, BenchIngestCommand.class, BenchLinkCommand.class, BenchRefreshCommand.class, BenchWebCommand.class})
final class BenchCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
