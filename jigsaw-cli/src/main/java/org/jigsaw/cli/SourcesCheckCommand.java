package org.jigsaw.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jigsaw.area.Area;
import org.jigsaw.govern.GovernedIngest;
import org.jigsaw.ingest.IngestRun;
import org.jigsaw.ingest.SourceProblem;
import org.jigsaw.ingest.SourceReconciliation;
import org.jigsaw.privacy.PprlStages;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Validate every sources/*.yaml against its files; report problems with file, line and column (exit 1 on errors). "
                + "A source no data-sharing agreement in force covers is not read: the check says why.")
final class SourcesCheckCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "AREA", description = "the area folder")
    Path area;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Area a = Area.open(area);
        // a source no agreement in force covers is not read here either: say why instead
        Map<String, String> refused = GovernedIngest.refusals(a.dir(), LocalDate.now());
        CliAudit audit = CliAudit.open(area, "sources check");
        String read = audit.extractsRead(a.dir(), refused.keySet(), LocalDate.now());
        IngestRun run = PprlStages.ingest().run(a.dir(), a.config(), refused.keySet(), new ConsoleProgress(System.err));
        audit.read(CliAudit.PROCESSING, read, run.result().records().size());
        long errors = 0;
        long warnings = 0;
        for (SourceProblem p : run.problems().stream().sorted(Comparator.comparing((SourceProblem p) -> String.valueOf(p.file()))
                .thenComparingLong(SourceProblem::line)).toList()) {
            out.println(p.describe());
            if (p.severity() == SourceProblem.Severity.ERROR) errors++;
            else warnings++;
        }
        out.println();
        for (SourceReconciliation r : run.result().reconciliation()) out.println(r.line());
        refused.values().forEach(out::println);
        out.printf("%d source definitions checked: %d errors, %d warnings%n", run.result().reconciliation().size(), errors, warnings);
        out.flush();
        return errors > 0 || !run.reconciles() ? 1 : 0;
    }
}
