package org.jigsaw.privacy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jigsaw.link.data.Column;
import org.jigsaw.link.data.RecordTable;
import org.jigsaw.link.spec.BlockingKeys;
import org.jigsaw.link.spec.BlockingRuleSpec;
import org.jigsaw.link.spec.ComparisonSpec;
import org.jigsaw.link.spec.LevelSpec;
import org.jigsaw.link.spec.LinkSpec;
import org.jigsaw.link.validate.SpecValidation;

/**
 * Runs the same Fellegi–Sunter linkage on encodings: turns a clear-text link spec into its
 * encoded counterpart (each level replaced by the level that works on encodings, each blocking
 * key with a transform by its keyed column), and a table of standardised values into a table of
 * encodings. Weights are learnt by the same EM on the same comparison patterns.
 */
public final class EncodedLinkage {
    private EncodedLinkage() {
    }

    /**
     * The encoded counterpart of {@code clear}. Level mapping: {@code exact} stays; on Bloom-filter
     * fields edit-distance levels become {@code dice ≥ 0.8}, Jaro–Winkler {@code dice ≥ 0.6},
     * token overlap {@code dice ≥ 0.5}, {@code one_component_differs} on dates {@code dice ≥ 0.7};
     * nickname, phonetic, day/month swap, postcode sector and district become {@code encoded_key}
     * on the matching part. Levels with no encoded counterpart (prefix, transposition and
     * substitutions inside an HMAC, swapped fields under different field keys) are dropped —
     * that is the price of not seeing the values; {@link EncodedLevels} declares it for every kind,
     * and a kind it does not know is an error. The clear spec is validated first
     * ({@link SpecValidation}), so its problems are named as the author wrote them.
     */
    public static LinkSpec spec(LinkSpec clear) {
        return spec(clear, f -> PprlCodec.fuzzy(f));
    }

    /** As {@link #spec(LinkSpec)} for the fields {@code fuzzy} says are Bloom filters (see {@link PprlCodec#isFuzzy}). */
    public static LinkSpec spec(LinkSpec clear, java.util.function.Predicate<String> fuzzyField) {
        SpecValidation.validate(clear);
        List<ComparisonSpec> comparisons = new ArrayList<>();
        for (ComparisonSpec c : clear.comparisons()) {
            List<LevelSpec> levels = new ArrayList<>();
            boolean fuzzy = fuzzyField.test(c.field());
            for (LevelSpec l : c.levels()) {
                EncodedLevels.carry(c.name(), fuzzy, l).filter(m -> !levels.contains(m)).ifPresent(levels::add);
            }
            comparisons.add(new ComparisonSpec(c.name(), c.field(), levels, c.termFrequency()));
        }
        List<BlockingRuleSpec> blocks = new ArrayList<>();
        for (BlockingRuleSpec b : clear.blockingRules()) {
            List<String> keys = new ArrayList<>();
            for (String k : b.keys()) {
                String t = BlockingKeys.transform(k);
                keys.add("value".equals(t) ? BlockingKeys.field(k) : PprlCodec.blockingColumn(BlockingKeys.field(k), t));
            }
            blocks.add(new BlockingRuleSpec(b.name(), keys));
        }
        return withBlocking(clear, comparisons, blocks);
    }

    /**
     * The twins constraint becomes {@code encoded_twins} ({@link EncodedTwins}): the clear one
     * judges given names by string similarity, which on encodings would hold for every typo.
     */
    private static LinkSpec withBlocking(LinkSpec clear, List<ComparisonSpec> comparisons, List<BlockingRuleSpec> blocks) {
        org.jigsaw.link.spec.ClusteringSpec c = clear.clustering();
        var rules = c.cannotLink() == null ? List.<org.jigsaw.link.spec.CannotLinkSpec>of()
                : c.cannotLink().stream().map(r -> "twins".equals(r.kind()) ? new org.jigsaw.link.spec.CannotLinkSpec("encoded_twins", null) : r)
                .toList();
        return new LinkSpec(clear.linkType(), clear.prior(), clear.deterministicRules(), blocks, clear.maxBlockSize(), comparisons,
                clear.evidenceRequired(),
                clear.thresholds(), new org.jigsaw.link.spec.ClusteringSpec(c.maxClusterSize(), rules), clear.training());
    }

    /** The fields and blocking columns {@code spec} needs, encoded from the standardised values of {@code clear}. */
    public static RecordTable encode(RecordTable clear, LinkSpec clearSpec, PprlCodec codec) {
        int n = clear.size();
        Map<String, String[]> out = new LinkedHashMap<>();
        for (Map.Entry<String, Column> e : clear.columns().entrySet()) {
            String field = e.getKey();
            Column c = e.getValue();
            // encode each distinct value once
            String[] dict = new String[c.distinct()];
            java.util.stream.IntStream.range(0, dict.length).parallel().forEach(v -> dict[v] = codec.encode(field, c.valueOf(v)));
            String[] col = new String[n];
            for (int i = 0; i < n; i++) col[i] = c.id(i) < 0 ? null : dict[c.id(i)];
            out.put(field, col);
        }
        Set<String> keys = new LinkedHashSet<>();
        for (BlockingRuleSpec b : clearSpec.blockingRules()) {
            for (String k : b.keys()) if (!"value".equals(BlockingKeys.transform(k))) keys.add(k);
        }
        for (String k : keys) {
            String field = BlockingKeys.field(k), t = BlockingKeys.transform(k);
            if (!clear.columns().containsKey(field)) continue;
            Column c = clear.column(field);
            String[] dict = new String[c.distinct()];
            java.util.stream.IntStream.range(0, dict.length).parallel().forEach(v -> dict[v] = codec.blockingKey(field, t, c.valueOf(v)));
            String[] col = new String[n];
            for (int i = 0; i < n; i++) col[i] = c.id(i) < 0 ? null : dict[c.id(i)];
            out.put(PprlCodec.blockingColumn(field, t), col);
        }
        String[] keyArr = new String[n];
        int[] sources = new int[n];
        for (int i = 0; i < n; i++) {
            keyArr[i] = clear.key(i);
            sources[i] = clear.source(i);
        }
        return RecordTable.fromColumns(keyArr, sources, clear.sourceNames(), out);
    }

    /**
     * The records of encoded files (from {@code jigsaw encode}), ready for the linker: every file
     * must carry the same key check value and Bloom parameters, or this fails rather than link
     * codes that can never agree. Record keys are {@code <source>:<id>}; columns are the encoded
     * fields and blocking keys; kept clear columns are left out.
     *
     * @param files  source name → encoded CSV
     */
    public static Encoded read(Map<String, java.nio.file.Path> files) throws java.io.IOException {
        List<EncodedFile> encoded = new ArrayList<>();
        for (java.nio.file.Path p : files.values()) encoded.add(EncodedFile.read(p));
        for (int i = 1; i < encoded.size(); i++) encoded.get(0).requireComparableWith(encoded.get(i));
        List<String> keys = new ArrayList<>();
        List<String> sources = new ArrayList<>();
        List<Map<String, String>> rows = new ArrayList<>();
        int s = 0;
        for (String name : files.keySet()) {
            EncodedFile f = encoded.get(s++);
            for (Map<String, String> r : f.rows()) {
                keys.add(name + ":" + r.get(f.meta().id()));
                sources.add(name);
                Map<String, String> row = new LinkedHashMap<>();
                for (String col : f.meta().fields().keySet()) {
                    String v = r.get(col);
                    row.put(col, v == null || v.isEmpty() ? null : v);
                }
                rows.add(row);
            }
        }
        Set<String> bloom = new LinkedHashSet<>();
        encoded.get(0).meta().fields().forEach((f, m) -> {
            if (EncodingSpec.BLOOM.equals(m)) bloom.add(f);
        });
        return new Encoded(RecordTable.fromRows(keys, sources, rows), bloom);
    }

    /** Encoded records and which of their fields are Bloom filters (for {@link #spec(LinkSpec, java.util.function.Predicate)}). */
    public record Encoded(RecordTable table, Set<String> bloomFields) {
        public LinkSpec spec(LinkSpec clear) {
            return EncodedLinkage.spec(clear, bloomFields::contains);
        }
    }
}
