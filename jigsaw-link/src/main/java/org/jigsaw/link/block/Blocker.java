package org.jigsaw.link.block;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.jigsaw.link.data.Column;
import org.jigsaw.link.data.RecordTable;
import org.jigsaw.link.data.Transforms;
import org.jigsaw.link.spec.BlockingKeys;
import org.jigsaw.link.spec.BlockingRuleSpec;
import org.jigsaw.link.spec.LinkType;

/**
 * Candidate pairs: records that agree on all keys of at least one blocking rule, the union over
 * rules with duplicates removed. Each rule is a sort of packed (key hash, row) longs followed by
 * a scan of equal-key runs, so it costs O(n log n) and no objects per record. Blocks larger than
 * {@code maxBlockSize} are skipped and counted: they come from values that say nothing about
 * identity (a default date, "UNKNOWN"), the source of giant clusters in other linkers.
 */
public final class Blocker {

    private static final int ROW_BITS = 24;
    private static final long ROW_MASK = (1L << ROW_BITS) - 1;

    /** Pairs (sorted, unique, left < right) and what each rule contributed. */
    public record Candidates(long[] pairs, Map<String, Long> pairsPerRule, Map<String, Long> skippedBlocks) {
    }

    private Blocker() {
    }

    public static Candidates candidates(RecordTable table, List<BlockingRuleSpec> rules, LinkType linkType, int maxBlockSize) {
        if (table.size() > ROW_MASK) throw new IllegalArgumentException("more than " + ROW_MASK + " records: use the Spark runner");
        LongList all = new LongList(table.size() * 4);
        Map<String, Long> perRule = new LinkedHashMap<>();
        Map<String, Long> skipped = new LinkedHashMap<>();
        for (BlockingRuleSpec rule : rules) {
            long[] packed = packedKeys(table, rule);
            Arrays.parallelSort(packed);
            LongList pairs = new LongList(packed.length);
            long skippedBlocks = emit(table, packed, linkType, maxBlockSize, pairs);
            perRule.put(rule.name(), (long) pairs.size());
            skipped.put(rule.name(), skippedBlocks);
            all.addAll(pairs);
        }
        long[] p = all.toArray();
        Arrays.parallelSort(p);
        int w = 0;
        for (int i = 0; i < p.length; i++) {
            if (i == 0 || p[i] != p[i - 1]) p[w++] = p[i];
        }
        return new Candidates(Arrays.copyOf(p, w), perRule, skipped);
    }

    /** Rows with a complete key, packed as (40-bit key hash << 24) | row. */
    private static long[] packedKeys(RecordTable table, BlockingRuleSpec rule) {
        int n = table.size();
        List<int[]> parts = new ArrayList<>();
        for (String key : rule.keys()) {
            Column c = table.column(BlockingKeys.field(key));
            String t = BlockingKeys.transform(key);
            int[] map = c.derive(t, Transforms.named(t)).map();
            int[] rowIds = new int[n];
            for (int i = 0; i < n; i++) {
                int v = c.id(i);
                rowIds[i] = v < 0 ? -1 : map[v];
            }
            parts.add(rowIds);
        }
        long[] out = new long[n];
        int[] count = {0};
        long[] tmp = new long[n];
        IntStream.range(0, n).parallel().forEach(i -> {
            long h = 0x9E3779B97F4A7C15L;
            for (int[] p : parts) {
                int v = p[i];
                if (v < 0) {
                    tmp[i] = -1;
                    return;
                }
                h = mix(h ^ (v + 0x632BE59BD9B4E019L));
            }
            tmp[i] = ((h >>> ROW_BITS) << ROW_BITS) & Long.MAX_VALUE | i;
        });
        for (int i = 0; i < n; i++) if (tmp[i] >= 0) out[count[0]++] = tmp[i];
        return Arrays.copyOf(out, count[0]);
    }

    private static long emit(RecordTable table, long[] packed, LinkType linkType, int maxBlockSize, LongList pairs) {
        long skipped = 0;
        int start = 0;
        int[] rows = new int[Math.min(maxBlockSize, packed.length) + 1];
        while (start < packed.length) {
            long key = packed[start] >>> ROW_BITS;
            int end = start + 1;
            while (end < packed.length && packed[end] >>> ROW_BITS == key) end++;
            int size = end - start;
            if (size > maxBlockSize) {
                skipped++;
            } else if (size > 1) {
                for (int k = 0; k < size; k++) rows[k] = (int) (packed[start + k] & ROW_MASK);
                for (int a = 0; a < size; a++) {
                    int ra = rows[a];
                    int sa = table.source(ra);
                    for (int b = a + 1; b < size; b++) {
                        int rb = rows[b];
                        if (!linkType.allows(sa, table.source(rb))) continue;
                        pairs.add(ra < rb ? LongList.pair(ra, rb) : LongList.pair(rb, ra));
                    }
                }
            }
            start = end;
        }
        return skipped;
    }

    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
