package org.jigsaw.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code jigsaw bench …}: speed benchmarks (targets are measured here, never asserted in tests). */
@Command(name = "bench", mixinStandardHelpOptions = true, description = "Run a benchmark and print measured timings.",
        subcommands = {BenchIngestCommand.class})
        subcommands = {BenchCohortsCommand.class})
final class BenchCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;
/** {@code jigsaw bench ...}: the benchmarks, one subcommand each. */
@Command(name = "bench", mixinStandardHelpOptions = true, description = "Run a benchmark and print its figures as JSON.",
        subcommands = {BenchWebCommand.class})
public final class BenchCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
