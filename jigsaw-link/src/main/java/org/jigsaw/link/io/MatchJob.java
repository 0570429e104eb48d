package org.jigsaw.link.io;

import de.siegmar.fastcsv.writer.CsvWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jigsaw.link.Linkage;
import org.jigsaw.link.PersonAssignment;
import org.jigsaw.link.block.LongList;
import org.jigsaw.link.data.RecordTable;
import org.jigsaw.link.spec.BlockingRuleSpec;
import org.jigsaw.link.spec.ComparisonSpec;
import org.jigsaw.link.spec.LevelSpec;
import org.jigsaw.link.spec.LinkSpec;
import org.jigsaw.record.Field;

/**
 * The pieces of {@code jigsaw match} that are not command-line parsing: the spec for arbitrary
 * files (the default spec plus generic comparisons for extra mapped columns), truth files, and
 * the links CSV.
 */
public final class MatchJob {

    private static final Pattern FEBRL_ID = Pattern.compile("rec-(\\d+)-(org|dup-\\d+)");

    private MatchJob() {
    }

    /**
     * {@code base} plus, for every mapped field that is not a canonical field and has no comparison
     * yet, a generic comparison: identifier-like names (identifier, *_id, *_number) compare as
     * identifiers and get a blocking rule; others as text.
     */
    public static LinkSpec specFor(LinkSpec base, RecordTable table) {
        List<ComparisonSpec> extra = new ArrayList<>();
        List<BlockingRuleSpec> blocks = new ArrayList<>();
        for (String field : table.columns().keySet()) {
            if (isCanonical(field) || base.comparisons().stream().anyMatch(c -> c.field().equals(field))) continue;
            if (isIdentifierLike(field)) {
                extra.add(new ComparisonSpec(field, field, List.of(LevelSpec.of("exact"), LevelSpec.of("transposition"),
                        new LevelSpec("damerau_levenshtein", null, 1, null, null, null)), false));
                blocks.add(new BlockingRuleSpec(field, List.of(field)));
            } else {
                extra.add(new ComparisonSpec(field, field, List.of(LevelSpec.of("exact"),
                        new LevelSpec("jaro_winkler", 0.9, null, null, null, null)), false));
            }
        }
        return base.withComparisons(extra).withBlockingRules(blocks);
    }

    /**
     * The spec for linking two files that are each free of duplicates: a person holds at most one
     * record per file ({@code one_per_source}), and a model-accepted link needs no agreeing name or
     * identifier (clusters are pairs, so one weak link cannot chain persons together). Every
     * cannot-link rule of the spec stays in force: twins are two people in every mode.
     */
    public static LinkSpec oneToOne(LinkSpec spec) {
        List<org.jigsaw.link.spec.CannotLinkSpec> cl = new ArrayList<>(spec.clustering().cannotLink().stream()
                .filter(c -> !"one_per_source".equals(c.kind()))
                .toList());
        cl.add(org.jigsaw.link.spec.CannotLinkSpec.onePerSource());
        return spec.withLinkType(org.jigsaw.link.spec.LinkType.LINK_ONLY)
                .withClustering(new org.jigsaw.link.spec.ClusteringSpec(spec.clustering().maxClusterSize(), cl))
                .withEvidenceRequired(List.of());
    }

    /**
     * The spec without the twins rule (clear-text and encoded), for data that holds no twins but
     * replaces given names wholesale, as FEBRL's synthetic corruptions do: there the rule only
     * refuses true links. Never a default.
     */
    public static LinkSpec withoutTwinsRule(LinkSpec spec) {
        return spec.withClustering(new org.jigsaw.link.spec.ClusteringSpec(spec.clustering().maxClusterSize(),
                spec.clustering().cannotLink().stream()
                        .filter(c -> !"twins".equals(c.kind()) && !"encoded_twins".equals(c.kind())).toList()));
    }

    static boolean isCanonical(String field) {
        try {
            Field.fromKey(field);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    static boolean isIdentifierLike(String field) {
        String f = field.toLowerCase(Locale.ROOT);
        return f.equals("identifier") || f.endsWith("_id") || f.endsWith("_number") || f.endsWith("_no");
    }

    /** Truth from FEBRL-style ids: {@code rec-12-org} and {@code rec-12-dup-0} are entity 12. */
    public static Map<String, String> truthFromIds(RecordTable table) {
        Map<String, String> truth = new HashMap<>();
        for (int i = 0; i < table.size(); i++) {
            Matcher m = FEBRL_ID.matcher(table.key(i));
            if (m.find()) truth.put(table.key(i), m.group(1));
        }
        if (truth.isEmpty()) throw new IllegalArgumentException("--truth-from-id: no id looks like rec-N-org / rec-N-dup-K");
        return truth;
    }

    /**
     * Truth from a CSV read by header ({@link TruthFile}); a source column may name the sources
     * as the table does.
     */
    public static Map<String, String> truthFromCsv(Path file, RecordTable table) throws IOException {
        return TruthFile.read(file, table, table.sourceNames().stream().map(List::of).toList(), List.of()).entityByKey();
    }

    public static String rawId(String key, String source) {
        return key.startsWith(source + ":") ? key.substring(source.length() + 1) : key;
    }

    /** Writes left_id,right_id,match_probability,match_weight for the linked pairs, strongest first. */
    public static int writeLinks(Linkage linkage, Path out) throws IOException {
        RecordTable t = linkage.table();
        List<Integer> linked = new ArrayList<>();
        for (int p = 0; p < linkage.pairCount(); p++) if (linkage.decision(p).links()) linked.add(p);
        linked.sort((a, b) -> Double.compare(linkage.weight(b), linkage.weight(a)));
        if (out.getParent() != null) Files.createDirectories(out.getParent());
        try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8); CsvWriter csv = CsvWriter.builder().build(w)) {
            csv.writeRecord("left_id", "right_id", "match_probability", "match_weight");
            for (int p : linked) {
                int i = linkage.left(p), j = linkage.right(p);
                // in a two-file link the left id is always from the first file
                if (t.source(i) > t.source(j)) {
                    int x = i;
                    i = j;
                    j = x;
                }
                csv.writeRecord(rawId(t.key(i), t.sourceName(i)), rawId(t.key(j), t.sourceName(j)),
                        String.format(Locale.ROOT, "%.6f", linkage.probability(p)),
                        String.format(Locale.ROOT, "%.4f", linkage.weight(p)));
            }
        }
        return linked.size();
    }

    /**
     * Writes {@code source,record_id,person_id}, one row per record in input order: the persons
     * the linker's clustering made (the area pipeline's), so a record's person is read here, not
     * rebuilt from the links.
     *
     * @param sourceLabels what to write as the source of each source index (the input file names)
     */
    public static void writeClusters(RecordTable table, List<PersonAssignment> assignments, List<String> sourceLabels, Path out)
            throws IOException {
        Map<String, String> personByKey = new HashMap<>(assignments.size() * 2);
        for (PersonAssignment a : assignments) personByKey.put(a.recordKey(), a.personId());
        if (out.getParent() != null) Files.createDirectories(out.getParent());
        try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8); CsvWriter csv = CsvWriter.builder().build(w)) {
            csv.writeRecord("source", "record_id", "person_id");
            for (int i = 0; i < table.size(); i++) {
                String person = personByKey.get(table.key(i));
                if (person == null) throw new IllegalStateException("record " + i + " has no person");
                csv.writeRecord(sourceLabels.get(table.source(i)), rawId(table.key(i), table.sourceName(i)), person);
            }
        }
    }

    /** Packed pairs of the linked candidate pairs, for evaluation. */
    public static long[] linkedPairs(Linkage linkage) {
        LongList out = new LongList(1024);
        for (int p = 0; p < linkage.pairCount(); p++) {
            if (linkage.decision(p).links()) out.add(LongList.pair(linkage.left(p), linkage.right(p)));
        }
        return out.toArray();
    }

    /** Parses {@code a=b,c=d} into an ordered map. */
    public static Map<String, String> parseMapping(List<String> specs) {
        Map<String, String> m = new LinkedHashMap<>();
        for (String s : specs) {
            for (String part : s.split(",")) {
                if (part.isBlank()) continue;
                int eq = part.indexOf('=');
                if (eq <= 0 || eq == part.length() - 1) {
                    throw new IllegalArgumentException("mapping '" + part.trim() + "' is not canonical=column");
                }
                m.put(part.substring(0, eq).trim().toLowerCase(Locale.ROOT), part.substring(eq + 1).trim());
            }
        }
        return m;
    }
}
