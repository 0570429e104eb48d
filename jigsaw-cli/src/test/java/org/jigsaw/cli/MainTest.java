package org.jigsaw.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class MainTest {

    @Test
    void topLevelHelpListsEveryCommandWithADescription() {
        CommandLine cl = Main.commandLine();
        StringWriter out = new StringWriter();
        cl.setOut(new PrintWriter(out));

        assertThat(cl.execute("--help")).isZero();

        for (Map.Entry<String, CommandLine> e : cl.getSubcommands().entrySet()) {
            assertThat(out.toString()).contains(e.getKey());
            assertThat(e.getValue().getCommandSpec().usageMessage().description())
                    .as("description of %s", e.getKey()).isNotEmpty();
        }
        assertThat(cl.getSubcommands()).containsKeys("demo", "synth", "sources", "quality", "refresh", "match",
                "cohorts", "cohort", "export", "serve", "agreements", "dpia", "keys", "encode", "audit", "bench", "feed");
    }

    @Test
    void everyCommandAndSubcommandAnswersHelp() {
        assertHelp(Main.commandLine(), "");
    }

    private static void assertHelp(CommandLine cl, String path) {
        for (Map.Entry<String, CommandLine> e : cl.getSubcommands().entrySet()) {
            if (e.getKey().equals("help")) continue;
            String name = (path + " " + e.getKey()).trim();
            CommandLine fresh = Main.commandLine();
            StringWriter out = new StringWriter();
            fresh.setOut(new PrintWriter(out));
            String[] args = (name + " --help").split(" ");
            assertThat(fresh.execute(args)).as("%s --help", name).isZero();
            assertThat(out.toString()).as("%s --help", name).contains("Usage:");
            assertHelp(e.getValue(), name);
        }
    }
}
