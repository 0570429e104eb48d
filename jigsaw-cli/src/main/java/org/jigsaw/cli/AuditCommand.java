package org.jigsaw.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.jigsaw.govern.AuditLog;
import org.jigsaw.govern.AuditReport;
import org.jigsaw.govern.AuditVerification;
import org.jigsaw.store.SnapshotAuditAnchors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code jigsaw audit}: check and summarise the hash-chained audit log. */
@Command(name = "audit", mixinStandardHelpOptions = true,
        description = "Verify the audit log's hash chain, seal a torn last line, or summarise access per user and purpose for the DPO.",
        subcommands = {AuditCommand.Verify.class, AuditCommand.Repair.class, AuditCommand.Report.class})
public final class AuditCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "verify", mixinStandardHelpOptions = true,
            description = "Check every audit entry chains to the one before, and that the copies of the head kept beside the key file "
                    + "and in each snapshot are still in the chain; name the first edited, deleted or reordered entry.")
    static final class Verify implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "AREA", description = "the area folder")
        Path area;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            return verify(spec, area);
        }
    }

    /** The chain checked against every copy of its head kept outside {@code audit/}; exit 2 if broken. */
    static int verify(CommandSpec spec, Path area) throws java.io.IOException {
        AuditVerification v = AuditLog.open(area).verify(SnapshotAuditAnchors.of(area));
        (v.intact() ? spec.commandLine().getOut() : spec.commandLine().getErr()).println(v.describe());
        return v.intact() ? 0 : 2;
    }

    @Command(name = "repair", mixinStandardHelpOptions = true,
            description = "Seal a torn last line (a write cut off mid-append): its bytes are moved to audit/torn-after-<entry>-<time>.part "
                    + "and a 'repair' entry records what was sealed. Never rewrites an entry; refuses when the damage is more than a torn tail.")
    static final class Repair implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "AREA", description = "the area folder")
        Path area;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            var sealed = AuditLog.open(area).repair(CliAudit.operator());
            spec.commandLine().getOut().println(sealed.map(e -> "repaired: entry " + e.seq() + " " + e.what())
                    .orElse("nothing to repair"));
            return verify(spec, area);
        }
    }

    @Command(name = "report", mixinStandardHelpOptions = true,
            description = "Summarise access to data per user and purpose (Markdown), after verifying the log.")
    static final class Report implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "AREA", description = "the area folder")
        Path area;

        @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "write the report here instead of the terminal")
        Path out;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            AuditLog log = AuditLog.open(area);
            AuditVerification v = log.verify(SnapshotAuditAnchors.of(area));
            String md = AuditReport.of(log.entries()).toMarkdown() + "\n" + (v.intact()
                    ? "Chain verified: " + v.entries() + " entries, head hash `" + v.headHash() + "` (record it to detect later truncation).\n"
                    : "**WARNING: " + v.describe() + "** — figures after that entry cannot be trusted.\n");
            if (out == null) {
                spec.commandLine().getOut().print(md);
                spec.commandLine().getOut().flush();
            } else {
                Files.writeString(out, md);
                spec.commandLine().getOut().println("Wrote " + out);
            }
            return v.intact() ? 0 : 2;
        }
    }
}
