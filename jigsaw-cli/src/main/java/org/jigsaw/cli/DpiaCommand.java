package org.jigsaw.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.jigsaw.area.Area;
import org.jigsaw.govern.AgreementSet;
import org.jigsaw.govern.AreaSources;
import org.jigsaw.govern.Dpia;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code jigsaw dpia AREA}: the data-flow summary for a DPIA, from the agreements and sources. */
@Command(name = "dpia", mixinStandardHelpOptions = true,
        description = "Write the data-flow summary for a DPIA: which fields flow from whom, why, under which basis, kept how long.")
public final class DpiaCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "AREA", description = "the area folder")
    Path area;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE",
            description = "output file; .html writes HTML, anything else Markdown (default: AREA/dpia-data-flows.md)")
    Path out;

    @Option(names = "--on", paramLabel = "DATE", description = "report agreement status on this date (default: today)")
    LocalDate on;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Area a = Area.open(area);
        Dpia dpia = Dpia.of(a.config().name() == null ? area.getFileName().toString() : a.config().name(),
                AgreementSet.load(area), AreaSources.readable(area), on == null ? LocalDate.now() : on);
        Path file = out == null ? area.resolve("dpia-data-flows.md") : out;
        boolean html = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".html");
        Files.writeString(file, html ? dpia.toHtml() : dpia.toMarkdown());
        var w = spec.commandLine().getOut();
        w.printf("Wrote %s: %d data flow(s)%n", file, dpia.flows().size());
        for (String u : dpia.unagreed()) w.println("WARNING: no agreement covers source " + u + ": it is not ingested");
        return 0;
    }
}
