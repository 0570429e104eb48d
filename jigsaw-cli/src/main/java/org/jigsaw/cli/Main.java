package org.jigsaw.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code jigsaw} command: every subcommand is registered here, one line each. */
@Command(name = "jigsaw",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Links SEND data across education, social care and health for a local area.",
        subcommands = {
                CommandLine.HelpCommand.class,
                DemoCommand.class,
                SynthCommand.class,
                SourcesCommand.class,
                QualityCommand.class,
                ServeCommand.class,
                RefreshCommand.class,
                CohortsCommand.class,
                CohortCommand.class,
                ExportCommand.class,
                AnnexACommand.class,
                BenchCommand.class,
                MatchCommand.class,
                AgreementsCommand.class,
                DpiaCommand.class,
                KeysCommand.class,
                AuditCommand.class,
                EncodeCommand.class,
                UsersCommand.class,
                PprlCompareCommand.class,
                PprlLinkCommand.class,
                FeedCommand.class,
                SparkCommand.class,
        })
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The configured command line, also used by tests. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
        cl.setExecutionExceptionHandler(new FriendlyErrors());
        return cl;
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
