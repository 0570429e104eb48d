package org.jigsaw.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jigsaw.link.Linkage;
import org.jigsaw.link.Linker;
import org.jigsaw.link.data.RecordTable;
import org.jigsaw.link.eval.Evaluation;
import org.jigsaw.link.io.MatchJob;
import org.jigsaw.link.spec.LinkSpec;
import org.jigsaw.link.spec.LinkType;
import org.jigsaw.privacy.EncodedLinkage;
import org.jigsaw.progress.Progress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code jigsaw pprl-link}: links files made by {@code jigsaw encode}, without seeing any identifier. */
@Command(name = "pprl-link", mixinStandardHelpOptions = true,
        description = "Link (or deduplicate) encoded files from 'jigsaw encode' with the Fellegi-Sunter model on encodings; write the links.")
public final class PprlLinkCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "ENCODED_CSV", description = "encoded files (each with its .meta.json), all made with the same key")
    List<Path> files;

    @Option(names = "--spec", description = "the clear-text linkage.yaml to translate (default: Jigsaw's default spec)")
    Path specFile;

    @Option(names = "--out", required = true, description = "links CSV: left_id,right_id,match_probability,match_weight")
    Path out;

    @Option(names = "--truth", description = "CSV of record id, true entity id: print precision, recall, F1")
    Path truth;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        InputFiles.require(files);
        InputFiles.require(specFile, truth);
        Map<String, Path> named = new LinkedHashMap<>();
        for (Path f : files) {
            String n = f.getFileName().toString().replaceFirst("(\\.enc)?\\.csv$", "");
            while (named.containsKey(n)) n = n + "_";
            named.put(n, f);
        }
        EncodedLinkage.Encoded records = EncodedLinkage.read(named);
        RecordTable table = records.table();
        LinkSpec encoded = records.spec(specFile == null ? LinkSpec.defaultSpec() : LinkSpec.read(specFile));
        if (files.size() > 1) encoded = encoded.withLinkType(LinkType.DEDUPE_AND_LINK);
        Linkage linkage = new Linker(encoded).link(table, List.of(), Map.of(), new ConsoleProgress(System.err));
        int n = MatchJob.writeLinks(linkage, out);
        var w = spec.commandLine().getOut();
        w.printf("%,d records, %,d links, %,d persons; links in %s%n", table.size(), n, linkage.personCount(), out);
        if (truth != null) {
            Evaluation ev = Evaluation.of(table, linkage.clusterPairs(), MatchJob.truthFromCsv(truth, table), encoded.linkType(), 0);
            w.printf("precision %.4f  recall %.4f  F1 %.4f%n", ev.precision(), ev.recall(), ev.f1());
        }
        return 0;
    }
}
