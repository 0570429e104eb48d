package org.jigsaw.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code jigsaw bench …}: speed benchmarks (targets are measured here, never asserted in tests). */
@Command(name = "bench", mixinStandardHelpOptions = true, description = "Run a benchmark and print measured timings.",
        subcommands = {BenchCohortsCommand.class, BenchLinkCommand.class, BenchWebCommand.class})
final class BenchCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
