package org.jigsaw.cli;

import picocli.CommandLine.Command;

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
