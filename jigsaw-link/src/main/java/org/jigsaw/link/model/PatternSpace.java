package org.jigsaw.link.model;

import java.util.List;
import org.jigsaw.link.compare.Comparison;

/**
 * Comparison vectors packed into one {@code long} (mixed radix: each comparison a digit with as
 * many values as it has levels). EM then works on counts of distinct patterns — a few thousand —
 * instead of millions of pairs.
 */
public final class PatternSpace {

    private final List<Comparison> comparisons;
    private final Comparison[] array;
    private final long[] strides;
    private final int[] radix;

    public PatternSpace(List<Comparison> comparisons) {
        this.comparisons = List.copyOf(comparisons);
        this.array = comparisons.toArray(Comparison[]::new);
        strides = new long[comparisons.size()];
        radix = new int[comparisons.size()];
        long s = 1;
        for (int k = 0; k < comparisons.size(); k++) {
            strides[k] = s;
            radix[k] = comparisons.get(k).levelCount();
            if (s > Long.MAX_VALUE / radix[k]) throw new IllegalArgumentException("too many comparison levels to pack");
            s *= radix[k];
        }
    }

    public List<Comparison> comparisons() {
        return comparisons;
    }

    public int size() {
        return comparisons.size();
    }

    public int levelCount(int k) {
        return radix[k];
    }

    /** The comparison vector of rows {@code i} and {@code j}. */
    public long pattern(int i, int j) {
        long p = 0;
        Comparison[] c = array;
        for (int k = 0; k < c.length; k++) p += c[k].level(i, j) * strides[k];
        return p;
    }

    public int level(long pattern, int k) {
        return (int) (pattern / strides[k] % radix[k]);
    }
}
