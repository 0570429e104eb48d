package org.jigsaw.cli;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jigsaw.link.data.RecordTable;
import org.jigsaw.link.io.CsvInput;
import org.jigsaw.link.io.MatchJob;
import org.jigsaw.link.spec.LinkSpec;
import org.jigsaw.privacy.BloomParams;
import org.jigsaw.privacy.PprlComparison;
import org.jigsaw.progress.Progress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code jigsaw pprl-compare}: clear-text and encoded linkage of the same files, side by side. */
@Command(name = "pprl-compare", mixinStandardHelpOptions = true,
        description = "Link one or two CSV files, or a synthetic area with its health sources encoded, in clear and as keyed encodings; print precision/recall/F1 side by side.")
public final class PprlCompareCommand implements Callable<Integer> {
    @Parameters(arity = "0..2", paramLabel = "FILE", description = "one CSV file to deduplicate, or two to link (or --synthetic)")
    List<Path> files = new ArrayList<>();

    @Option(names = "--area", paramLabel = "AREA", description = "instead of files: a synthetic area (with truth/); its health sources are"
            + " encoded as 'jigsaw encode' would into a copy, and the whole area is linked in clear and with them encoded")
    Path area;

    @Option(names = "--work", paramLabel = "DIR", description = "with --area: empty folder for the throwaway key and the encoded copy"
            + " (default: a temporary folder, deleted afterwards)")
    Path work;

    @Option(names = "--id", description = "record id column")
    String id;

    @Option(names = "--synthetic", paramLabel = "N", description = "instead of files: N seeded synthetic person records with errors and truth")
    Integer synthetic;

    @Option(names = "--sources", defaultValue = "6", description = "synthetic sources (default: ${DEFAULT-VALUE})")
    int sourcesCount;

    @Option(names = "--seed", defaultValue = "42", description = "synthetic seed (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--map", split = ";", description = "canonical=column,... (as for jigsaw match)")
    List<String> map = new ArrayList<>();

    @Option(names = "--spec", description = "a linkage.yaml (default: Jigsaw's default spec)")
    Path specFile;

    @Option(names = "--truth", description = "CSV of record id, true entity id")
    Path truth;

    @Option(names = "--truth-from-id", description = "derive the truth from FEBRL-style ids (rec-N-org, rec-N-dup-K)")
    boolean truthFromId;

    @Option(names = "--one-to-one", description = "two files: at most one record of each file per person (FEBRL4)")
    boolean oneToOne;

    @Option(names = "--bits", defaultValue = "1024", description = "Bloom filter length (default: ${DEFAULT-VALUE})")
    int bits;

    @Option(names = "--hashes", defaultValue = "20", description = "positions per q-gram (default: ${DEFAULT-VALUE})")
    int hashes;

    @Option(names = "--balanced", description = "balanced Bloom filters (constant weight)")
    boolean balanced;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        InputFiles.require(files);
        InputFiles.require(specFile, truth);
        if (area != null) return compareArea();
        if (synthetic != null) {
            var data = org.jigsaw.synth.people.SyntheticPeople.generate(synthetic, sourcesCount, seed);
            RecordTable table = org.jigsaw.link.io.Standardise.table(data.keys(), data.sources(), data.sourceNames(), data.columns());
            LinkSpec ls = specFile == null ? LinkSpec.defaultSpec() : LinkSpec.read(specFile);
            return print(table, ls, data.truth());
        }
        if (files.isEmpty() || id == null) throw new IllegalArgumentException("give FILE(s) and --id, or --synthetic N");
        if (truth == null && !truthFromId) throw new IllegalArgumentException("give --truth or --truth-from-id: the comparison needs the truth");
        Map<String, String> m = MatchJob.parseMapping(map);
        List<CsvInput.Source> sources = new ArrayList<>();
        for (int f = 0; f < files.size(); f++) {
            sources.add(new CsvInput.Source(files.get(f), files.size() == 1 ? "records" : f == 0 ? "left" : "right", id, new LinkedHashMap<>(m)));
        }
        RecordTable table = CsvInput.read(sources);
        LinkSpec ls = MatchJob.specFor(specFile == null ? LinkSpec.defaultSpec() : LinkSpec.read(specFile), table);
        if (files.size() == 2) ls = ls.withLinkType(org.jigsaw.link.spec.LinkType.LINK_ONLY);
        if (oneToOne) {
            List<org.jigsaw.link.spec.CannotLinkSpec> cl = new ArrayList<>(ls.clustering().cannotLink() == null ? List.of() : ls.clustering().cannotLink());
            cl.add(org.jigsaw.link.spec.CannotLinkSpec.onePerSource());
            ls = ls.withClustering(new org.jigsaw.link.spec.ClusteringSpec(ls.clustering().maxClusterSize(), cl));
        }
        Map<String, String> t = truthFromId ? MatchJob.truthFromIds(table) : MatchJob.truthFromCsv(truth, table);
        return print(table, ls, t);
    }

    private int compareArea() throws Exception {
        // it reads (and copies) every extract of the area: audited before the first is opened
        CliAudit audit = CliAudit.open(area, "pprl-compare");
        audit.read(CliAudit.PROCESSING, audit.extractsRead(area), 0);
        Path dir = work != null ? work : java.nio.file.Files.createTempDirectory("jigsaw-pprl-area");
        try {
            var r = org.jigsaw.privacy.AreaPprlComparison.run(area, dir.resolve("run"), new ConsoleProgress(System.err));
            spec.commandLine().getOut().print(r.table());
            spec.commandLine().getOut().flush();
            return 0;
        } finally {
            if (work == null) deleteTree(dir);
        }
    }

    private static void deleteTree(Path dir) throws java.io.IOException {
        try (var s = java.nio.file.Files.walk(dir)) {
            for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) java.nio.file.Files.deleteIfExists(p);
        }
    }

    private int print(RecordTable table, LinkSpec ls, Map<String, String> t) {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);   // a throwaway key: only the comparison is wanted
        PprlComparison.Result r = PprlComparison.run(table, ls, t, key, new BloomParams(bits, hashes, 2, balanced), Progress.NONE);
        spec.commandLine().getOut().print(r.table());
        spec.commandLine().getOut().flush();
        return 0;
    }
}
