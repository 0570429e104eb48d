package org.jigsaw.link.model;

import java.util.SplittableRandom;
import org.jigsaw.link.data.RecordTable;
import org.jigsaw.link.spec.LinkType;

/**
 * u probabilities from random pairs: almost every random pair is two different people, so the
 * share of random pairs at each level estimates P(level | non-match).
 */
public final class RandomPairs {

    private RandomPairs() {
    }

    /**
     * u[k][level] for each comparison (level 0, "null", is left 0 and never used).
     * Counts are smoothed by half a pair so that a level never seen in the sample still has a
     * finite, very small u.
     */
    public static double[][] estimateU(RecordTable table, PatternSpace space, LinkType linkType, int samples, long seed) {
        int n = table.size();
        int k = space.size();
        long[][] counts = new long[k][];
        for (int c = 0; c < k; c++) counts[c] = new long[space.levelCount(c)];
        if (n >= 2) {
            long possible = totalPairs(table, linkType);
            int target = (int) Math.min(samples, Math.max(1, possible));
            int chunks = Math.max(1, Math.min(64, target / 8192));
            SplittableRandom root = new SplittableRandom(seed);
            SplittableRandom[] rnds = new SplittableRandom[chunks];
            for (int c = 0; c < chunks; c++) rnds[c] = root.split();
            long[][][] partial = new long[chunks][][];
            java.util.stream.IntStream.range(0, chunks).parallel().forEach(ch -> {
                SplittableRandom rnd = rnds[ch];
                long[][] cnt = new long[k][];
                for (int c = 0; c < k; c++) cnt[c] = new long[space.levelCount(c)];
                int want = target / chunks + (ch < target % chunks ? 1 : 0);
                int drawn = 0;
                long attempts = 0;
                while (drawn < want && attempts < want * 50L) {
                    attempts++;
                    int i = rnd.nextInt(n), j = rnd.nextInt(n);
                    if (i == j || !linkType.allows(table.source(i), table.source(j))) continue;
                    drawn++;
                    long pattern = space.pattern(i, j);
                    for (int c = 0; c < k; c++) cnt[c][space.level(pattern, c)]++;
                }
                partial[ch] = cnt;
            });
            for (long[][] cnt : partial) {
                for (int c = 0; c < k; c++) for (int l = 0; l < cnt[c].length; l++) counts[c][l] += cnt[c][l];
            }
        }
        double[][] u = new double[k][];
        for (int c = 0; c < k; c++) {
            int levels = counts[c].length;
            long nonNull = 0;
            for (int l = 1; l < levels; l++) nonNull += counts[c][l];
            u[c] = new double[levels];
            for (int l = 1; l < levels; l++) u[c][l] = (counts[c][l] + 0.5) / (nonNull + 0.5 * (levels - 1));
        }
        return u;
    }

    /** How many pairs the link type allows among the table's records. */
    public static long totalPairs(RecordTable table, LinkType linkType) {
        long[] perSource = new long[table.sourceNames().size()];
        for (int i = 0; i < table.size(); i++) perSource[table.source(i)]++;
        return linkType.pairsAmong(perSource);
    }
}
