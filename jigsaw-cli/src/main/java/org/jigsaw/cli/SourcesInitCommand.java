package org.jigsaw.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.jigsaw.area.Area;
import org.jigsaw.ingest.init.SourcesInit;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "init", mixinStandardHelpOptions = true,
        description = "Recognise statutory return files (SSDA903 CSV or XML, CIN census XML, SEN2 XML, Annex A SEND lists, "
                + "School Census CBDS tables) and write their source definitions to AREA/sources/. Exit 1 if a file is not "
                + "recognised or not used, or a hand-edited definition was kept.")
final class SourcesInitCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "AREA", description = "the area folder (with its area.yaml)")
    Path area;

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "FILE", description = "the return files, as the DfE/Ofsted tools take them")
    List<Path> files;

    @Option(names = "--copy", description = "copy the files into AREA/extracts/<return>/ (default: point at them where they are)")
    boolean copy;

    @Option(names = "--force", description = "replace a definition that differs from the template (one edited by hand)")
    boolean force;

    @Option(names = "--extract-date", paramLabel = "YYYY-MM-DD",
            description = "the date of returns that state none (903, Annex A, CBDS); default: the area's reference date")
    LocalDate extractDate;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Area a = Area.open(area);
        LocalDate date = extractDate != null ? extractDate : a.config().referenceDate();
        SourcesInit.Outcome o = SourcesInit.run(a.dir(), files, new SourcesInit.Options(date, extractDate != null, copy, force));
        o.lines().forEach(out::println);
        if (!o.written().isEmpty()) {
            out.println("next: jigsaw sources check " + area + " (refresh reads a source only under a data-sharing agreement for its dataset)");
        }
        out.flush();
        return o.complete() ? 0 : 1;
    }
}
