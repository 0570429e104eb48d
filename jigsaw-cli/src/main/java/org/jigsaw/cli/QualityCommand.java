package org.jigsaw.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jigsaw.area.Area;
import org.jigsaw.govern.GovernedIngest;
import org.jigsaw.ingest.IngestResult;
import org.jigsaw.ingest.IngestRun;
import org.jigsaw.ingest.QualityFinding;
import org.jigsaw.ingest.Quarantine;
import org.jigsaw.ingest.SourceReconciliation;
import org.jigsaw.privacy.PprlStages;
import org.jigsaw.ingest.check.Checks;
import org.jigsaw.quality.QualityReport;
import org.jigsaw.quality.QualityReportWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "quality", mixinStandardHelpOptions = true,
        description = "Ingest an area's agreed sources, print per-source reconciliation and quarantine counts, write reports/quality.{html,csv,json}.")
final class QualityCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "AREA", description = "the area folder")
    Path area;

    @Option(names = "--out", paramLabel = "DIR", description = "where to write the report (default AREA/reports)")
    Path out;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter w = spec.commandLine().getOut();
        Area a = Area.open(area);
        // a source no agreement in force covers is not read here either: the report says why instead
        Map<String, String> refused = GovernedIngest.refusals(a.dir(), LocalDate.now());
        CliAudit audit = CliAudit.open(area, "quality");
        String read = audit.extractsRead(a.dir(), refused.keySet(), LocalDate.now());
        IngestRun run = PprlStages.ingest().run(a.dir(), a.config(), refused.keySet(), new ConsoleProgress(System.err));
        // the extracts were read: audited before anything drawn from them is printed or written
        audit.read(CliAudit.PROCESSING, read, run.result().records().size());
        List<QualityFinding> findings = new ArrayList<>(run.result().findings());
        refused.forEach((source, why) -> findings.add(GovernedIngest.notIngested(source, why)));
        IngestResult result = new IngestResult(run.result().records(), run.result().facts(), run.result().quarantine(),
                run.result().reconciliation(), findings);
        for (SourceReconciliation r : result.reconciliation()) {
            w.println(r.line());
            run.outcomes().stream().filter(o -> o.reconciliation().source().equals(r.source())).findFirst()
                    .ifPresent(o -> o.quarantine().countsByReason().forEach((reason, n) ->
                            w.printf(Locale.UK, "    quarantined %,d: %s%n", n, reason.name().toLowerCase(Locale.ROOT).replace('_', ' '))));
        }
        refused.values().forEach(w::println);
        QualityReport report = QualityReport.of(a.config(), result, Instant.now());
        Path dir = out != null ? out : a.dir().resolve("reports");
        var files = QualityReportWriter.writeAll(report, dir);
        Quarantine.writeCsv(result.quarantine(), dir.resolve("quarantine.csv"));
        w.println();
        w.println("Needs attention:");
        var top = result.findings().stream().filter(f -> f.count() > 0 && Checks.needsAttention(f.check()))
                .sorted(Comparator.comparingLong(QualityFinding::count).reversed()).limit(15).toList();
        if (top.isEmpty()) w.println("  nothing");
        for (QualityFinding f : top) {
            w.printf(Locale.UK, "  %-10s %-22s %,8d  %s%n", f.source() == null ? "(across)" : f.source(),
                    f.field() == null ? "" : f.field(), f.count(), Checks.label(f.check()));
        }
        w.println();
        for (Path f : files) w.println("wrote " + f);
        w.println("wrote " + dir.resolve("quarantine.csv"));
        w.flush();
        return run.reconciles() ? 0 : 1;
    }
}
