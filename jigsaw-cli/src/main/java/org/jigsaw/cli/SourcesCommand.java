package org.jigsaw.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code jigsaw sources …}: work with an area's source definitions. */
@Command(name = "sources", mixinStandardHelpOptions = true, description = "Write (init) and check an area's source definitions against their files.",
        subcommands = {SourcesCheckCommand.class, SourcesInitCommand.class})
final class SourcesCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
