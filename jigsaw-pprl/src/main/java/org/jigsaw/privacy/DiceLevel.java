package org.jigsaw.privacy;

import org.jigsaw.link.compare.Level;
import org.jigsaw.link.data.Column;

/**
 * Comparison level on Bloom-filter encodings: the Dice coefficient of the two filters is at least
 * {@code threshold}. The encoded counterpart of edit-distance and Jaro–Winkler levels on names,
 * dates and postcodes ({@code {kind: dice, threshold: 0.8}} in {@code linkage.yaml}). Each distinct
 * encoding is decoded once, at bind time.
 */
public record DiceLevel(double threshold) implements Level {

    public DiceLevel {
        if (!(threshold > 0 && threshold <= 1)) throw new IllegalArgumentException("dice threshold must be in (0, 1]");
    }

    @Override
    public String label() {
        return "dice>=" + threshold;
    }

    @Override
    public Test bind(Column column) {
        BloomFilter[] filters = new BloomFilter[column.distinct()];
        int bits = -1;
        for (int v = 0; v < filters.length; v++) {
            BloomFilter f = BloomFilter.parse(column.valueOf(v));
            filters[v] = f;
            if (f == null) continue;
            if (bits >= 0 && f.bits() != bits) {
                throw new IllegalArgumentException("field " + column.name() + " mixes Bloom filters of " + bits + " and " + f.bits()
                        + " bits: encode every source with the same parameters");
            }
            bits = f.bits();
        }
        return (a, b) -> {
            BloomFilter x = filters[a], y = filters[b];
            return x != null && y != null && x.dice(y) >= threshold;
        };
    }
}
