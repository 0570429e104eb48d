package org.jigsaw.link.model;

import java.util.Arrays;

/**
 * Distinct patterns with how many pairs have each, plus a lookup from a pattern to its index
 * (open addressing on primitive arrays).
 */
public final class PatternCounts {

    private final long[] patterns;
    private final long[] counts;
    private final long[] table;
    private final int[] slots;

    private PatternCounts(long[] patterns, long[] counts) {
        this.patterns = patterns;
        this.counts = counts;
        int cap = Integer.highestOneBit(Math.max(4, patterns.length * 2)) << 1;
        table = new long[cap];
        slots = new int[cap];
        Arrays.fill(slots, -1);
        for (int i = 0; i < patterns.length; i++) {
            int h = slot(patterns[i], cap);
            while (slots[h] >= 0) h = (h + 1) & (cap - 1);
            table[h] = patterns[i];
            slots[h] = i;
        }
    }

    /** Counts the patterns of {@code pairPatterns} (left untouched). */
    public static PatternCounts of(long[] pairPatterns) {
        long[] sorted = pairPatterns.clone();
        Arrays.parallelSort(sorted);
        int distinct = 0;
        for (int i = 0; i < sorted.length; i++) if (i == 0 || sorted[i] != sorted[i - 1]) distinct++;
        long[] p = new long[distinct];
        long[] c = new long[distinct];
        int w = -1;
        for (int i = 0; i < sorted.length; i++) {
            if (i == 0 || sorted[i] != sorted[i - 1]) p[++w] = sorted[i];
            c[w]++;
        }
        return new PatternCounts(p, c);
    }

    /**
     * From counts aggregated elsewhere (the Spark engine's {@code groupBy(pattern).count()}):
     * {@code patterns} distinct, {@code counts[i]} pairs with {@code patterns[i]}.
     */
    public static PatternCounts ofCounts(long[] patterns, long[] counts) {
        if (patterns.length != counts.length) throw new IllegalArgumentException("patterns and counts differ in length");
        return new PatternCounts(patterns.clone(), counts.clone());
    }

    public int size() {
        return patterns.length;
    }

    public long pattern(int index) {
        return patterns[index];
    }

    public long count(int index) {
        return counts[index];
    }

    /** The index of {@code pattern}, or -1. */
    public int indexOf(long pattern) {
        int cap = table.length;
        int h = slot(pattern, cap);
        while (slots[h] >= 0) {
            if (table[h] == pattern) return slots[h];
            h = (h + 1) & (cap - 1);
        }
        return -1;
    }

    private static int slot(long v, int cap) {
        long z = v * 0x9E3779B97F4A7C15L;
        return (int) (z >>> 40) & (cap - 1);
    }
}
