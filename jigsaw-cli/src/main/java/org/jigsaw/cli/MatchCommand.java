package org.jigsaw.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.LongFunction;
import org.jigsaw.cli.spark.ResultPairs;
import org.jigsaw.cli.spark.SparkJob;
import org.jigsaw.cli.spark.SparkLinkRun;
import org.jigsaw.link.Decision;
import org.jigsaw.link.LinkResult;
import org.jigsaw.link.Linkage;
import org.jigsaw.link.Linker;
import org.jigsaw.link.PersonAssignment;
import org.jigsaw.link.data.RecordTable;
import org.jigsaw.link.eval.Evaluation;
import org.jigsaw.link.io.CsvInput;
import org.jigsaw.link.io.MatchJob;
import org.jigsaw.link.io.TruthFile;
import org.jigsaw.link.io.WithinFileDuplicates;
import org.jigsaw.link.spec.LinkSpec;
import org.jigsaw.link.spec.LinkType;
import org.jigsaw.link.spec.Thresholds;
import org.jigsaw.progress.Progress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code jigsaw match}: deduplicate one CSV file or link two, with the area linker's model. */
@Command(name = "match", mixinStandardHelpOptions = true,
        description = "Deduplicate one CSV file or link two (Fellegi-Sunter, unsupervised) and write the links.")
public final class MatchCommand implements Callable<Integer> {

    @Parameters(arity = "1..2", paramLabel = "FILE", description = "one CSV file to deduplicate, or two to link")
    List<Path> files;

    @Option(names = "--id", required = true, description = "record id column (both files unless --id-right)")
    String id;

    @Option(names = "--id-right", description = "record id column of the second file")
    String idRight;

    @Option(names = "--map", split = ";", description = "canonical=column,... for both files (fields: nhs_number, upn, "
            + "given_name, middle_names, family_name, dob, sex, postcode, address, house_number, locality, uprn, "
            + "identifier, or any other name for a generic field)")
    List<String> map = new ArrayList<>();

    @Option(names = "--map-left", split = ";", description = "canonical=column,... for the first file only")
    List<String> mapLeft = new ArrayList<>();

    @Option(names = "--map-right", split = ";", description = "canonical=column,... for the second file only")
    List<String> mapRight = new ArrayList<>();

    @Option(names = "--spec", description = "a linkage.yaml to use instead of the default spec")
    Path specFile;

    @Option(names = "--threshold", description = "match probability at which a pair links (default: the spec's accept threshold)")
    Double threshold;

    @Option(names = "--one-to-one", negatable = true,
            description = "when linking two files, a record links to at most one record of the other file (default: only when "
                    + "no file holds two records with the same NHS number, UPN, or name and date of birth)")
    Boolean oneToOne;

    @Option(names = "--twins-rule", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "never put twins (same birth date and family name, clearly different given names) in one person; "
                    + "--no-twins-rule only for data with no twins that replaces given names wholesale, such as FEBRL (default: ${DEFAULT-VALUE})")
    boolean twinsRule;

    @Option(names = "--clusters", description = "CSV to write source,record_id,person_id for every record "
            + "(default when deduplicating one file: <links>-clusters.csv beside the links)")
    Path clusters;

    @Option(names = "--truth", description = "CSV with a header naming the record id (record_id, id, rec_id, unique_id or the --id column), "
            + "the true person (person_id, person, cluster, cluster_id, entity_id …) and optionally the source file: print precision, recall, F1")
    Path truth;

    @Option(names = "--truth-from-id", description = "derive the truth from FEBRL-style ids (rec-N-org, rec-N-dup-K)")
    boolean truthFromId;

    @Option(names = "--list", defaultValue = "10", description = "how many false and missed links to list (default: ${DEFAULT-VALUE})")
    int list;

    @Option(names = "--out", required = true, description = "links CSV to write: left_id,right_id,match_probability,match_weight")
    Path out;

    @picocli.CommandLine.Mixin
    EngineOptions engine = new EngineOptions();

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec command;

    @Override
    public Integer call() throws Exception {
        InputFiles.require(files);
        InputFiles.require(specFile, truth);
        long start = System.nanoTime();
        boolean spark = engine.spark();
        Map<String, String> common = MatchJob.parseMapping(map);
        List<CsvInput.Source> sources = new ArrayList<>();
        for (int f = 0; f < files.size(); f++) {
            Map<String, String> m = new LinkedHashMap<>(common);
            m.putAll(MatchJob.parseMapping(f == 0 ? mapLeft : mapRight));
            if (m.isEmpty()) throw new IllegalArgumentException("no columns mapped: use --map canonical=column,...");
            String name = files.size() == 1 ? "a" : (f == 0 ? "left" : "right");
            sources.add(new CsvInput.Source(files.get(f), name, f == 1 && idRight != null ? idRight : id, m));
        }
        RecordTable table = CsvInput.read(sources);
        LinkSpec spec = specFile != null ? LinkSpec.read(specFile) : LinkSpec.defaultSpec();
        spec = MatchJob.specFor(spec, table).withLinkType(files.size() == 2 ? LinkType.LINK_ONLY : LinkType.DEDUPE_ONLY);
        if (threshold != null) spec = spec.withThresholds(new Thresholds(threshold, Math.min(threshold, spec.thresholds().review())));
        if (!twinsRule) spec = MatchJob.withoutTwinsRule(spec);
        Map<String, Object> report = new LinkedHashMap<>();
        if (files.size() == 2 && linkOneToOne(table, report)) spec = MatchJob.oneToOne(spec);
        if (spark) return sparkMatch(table, spec, report, start);
        Linkage linkage = new Linker(spec).link(table, List.of(), Map.of(), Progress.NONE);
        int written = MatchJob.writeLinks(linkage, out);
        writeClusters(linkage.table(), linkage.assignments(), report);

        report.put("records", table.size());
        report.put("candidate_pairs", linkage.pairCount());
        report.put("links_written", written);
        report.put("review", linkage.metrics().get("review"));
        report.put("estimated_precision", linkage.quality().estimatedPrecision());
        report.put("estimated_recall", linkage.quality().estimatedRecall());
        report.put("seconds", linkage.seconds());
        evaluate(report, table, spec, MatchJob.linkedPairs(linkage), linkage.candidatePairs(), linkage::describe);
        return print(report, start);
    }

    /**
     * One-to-one when asked, or (not told either way) when no file is shown to hold a record twice
     * ({@link WithinFileDuplicates}); a one-to-one link of a file that does hold such records caps
     * recall, and says so on standard error (counts and file names only, never values).
     */
    private boolean linkOneToOne(RecordTable table, Map<String, Object> report) {
        WithinFileDuplicates dups = WithinFileDuplicates.of(table);
        boolean use = oneToOne != null ? oneToOne : dups.noneShown();
        report.put("one_to_one", use);
        Map<String, Integer> repeated = new LinkedHashMap<>();
        for (int f = 0; f < files.size(); f++) repeated.put(fileName(f), dups.in(f));
        report.put("records_repeating_another_in_their_file", repeated);
        if (use && dups.total() > 0) {
            for (int f = 0; f < files.size(); f++) {
                if (dups.in(f) == 0) continue;
                command.commandLine().getErr().printf("warning: --one-to-one caps recall: %s holds %,d record%s sharing an NHS number, "
                        + "UPN, or name and date of birth with another record of the same file, and a person keeps only one record "
                        + "per file; leave out --one-to-one to link them all%n", fileName(f), dups.in(f), dups.in(f) == 1 ? "" : "s");
            }
        }
        return use;
    }

    /** With {@code --clusters}, or by default when deduplicating: every record's person. */
    private void writeClusters(RecordTable table, List<PersonAssignment> assignments, Map<String, Object> report) throws java.io.IOException {
        Path target = clusters;
        if (target == null && files.size() == 1) {
            String name = out.getFileName().toString();
            target = out.resolveSibling((name.endsWith(".csv") ? name.substring(0, name.length() - 4) : name) + "-clusters.csv");
        }
        if (target == null) return;
        List<String> labels = new ArrayList<>();
        for (int f = 0; f < files.size(); f++) labels.add(fileName(f));
        MatchJob.writeClusters(table, assignments, labels, target);
        report.put("clusters_file", target.toString());
    }

    private String fileName(int f) {
        return files.get(f).getFileName().toString();
    }

    /** With {@code --truth} or {@code --truth-from-id}: precision, recall, F1, blocking recall and the links to look at. */
    private void evaluate(Map<String, Object> report, RecordTable table, LinkSpec spec, long[] linked, long[] candidates,
                          LongFunction<String> describe) throws java.io.IOException {
        if (truth == null && !truthFromId) return;
        Map<String, String> t;
        if (truthFromId) t = MatchJob.truthFromIds(table);
        else {
            // a source column may name a file as written, without its extension, or as the table does
            List<List<String>> aliases = new ArrayList<>();
            for (int f = 0; f < files.size(); f++) {
                String n = fileName(f);
                aliases.add(List.of(n, n.contains(".") ? n.substring(0, n.lastIndexOf('.')) : n, table.sourceNames().get(f)));
            }
            TruthFile tf = TruthFile.read(truth, table, aliases, java.util.Arrays.asList(id, idRight));
            t = tf.entityByKey();
            report.put("truth_records_matched", t.size());
        }
        Evaluation ev = Evaluation.of(table, linked, t, spec.linkType(), list, describe);
        report.put("evaluation", ev.summary());
        report.put("blocking_recall", Math.round(Evaluation.of(table, candidates, t, spec.linkType(), 0).recall() * 1e6) / 1e6);
        report.put("false_links", ev.falseLinks().stream().map(p -> p[0] + " ~ " + p[1]).toList());
        report.put("missed_links", ev.missedLinks().stream().map(p -> p[0] + " ~ " + p[1] + ": " + p[2]).toList());
    }

    /** The report as indented JSON on standard output, with the whole command's wall time. */
    private int print(Map<String, Object> report, long start) throws java.io.IOException {
        report.put("wall_seconds", Math.round((System.nanoTime() - start) / 1e6) / 1000.0);
        command.commandLine().getOut().println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(report));
        command.commandLine().getOut().flush();
        return 0;
    }

    /**
     * The same linkage on Spark: the standardised records and the spec as applied here (one-to-one
     * included) go to the engine as Parquet and YAML; links and evaluation are written from the
     * pairs it returns, as for the local engine.
     */
    private int sparkMatch(RecordTable table, LinkSpec spec, Map<String, Object> report, long start) throws Exception {
        LinkResult result = new SparkLinkRun(SparkJob.find(), engine.master()).link(table, spec, List.of(), Map.of());
        ResultPairs pairs = ResultPairs.of(result, table);
        int written = pairs.writeLinks(out);
        writeClusters(table, result.assignments(), report);
        report.put("engine", "spark");
        report.put("master", engine.master());
        report.put("records", table.size());
        report.put("candidate_pairs", pairs.count());
        report.put("links_written", written);
        report.put("review", pairs.count(Decision.REVIEW));
        if (result.metrics().get("quality") instanceof Map<?, ?> q) {
            report.put("estimated_precision", q.get("estimated_precision"));
            report.put("estimated_recall", q.get("estimated_recall"));
        }
        report.put("seconds", result.metrics().get("seconds"));
        evaluate(report, table, spec, pairs.linkedPairs(), pairs.candidatePairs(), pairs::describe);
        return print(report, start);
    }
}
