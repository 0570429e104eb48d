package org.jigsaw.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code jigsaw feed …}: feeds back to partners, written from the current snapshot under an agreement. */
@Command(name = "feed", mixinStandardHelpOptions = true,
        description = "Write a feed for a partner (EHC plan changes for health; early-years planning list).",
        subcommands = {FeedEhcpCommand.class, FeedEarlyYearsCommand.class})
final class FeedCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
