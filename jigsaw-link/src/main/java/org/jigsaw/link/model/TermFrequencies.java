package org.jigsaw.link.model;

import org.jigsaw.link.compare.Comparison;

/**
 * Term-frequency adjustment: an exact agreement on a common value ("SMITH") is weaker evidence
 * than on a rare one ("OKAFOR"). At the exact level the model's average u is replaced by the
 * value's own frequency, i.e. the weight is shifted by log2(u_exact / frequency(value)).
 */
public final class TermFrequencies {

    private final Comparison[] comparisons;
    private final double[][] frequency;

    public TermFrequencies(PatternSpace space) {
        int k = space.size();
        comparisons = space.comparisons().toArray(Comparison[]::new);
        frequency = new double[k][];
        for (int c = 0; c < k; c++) {
            Comparison comp = comparisons[c];
            if (!comp.termFrequency()) continue;
            var col = comp.column();
            double n = Math.max(1, col.nonBlank());
            double[] f = new double[col.distinct()];
            for (int v = 0; v < f.length; v++) f[v] = Math.max(col.frequency(v), 1) / n;
            frequency[c] = f;
        }
    }

    public boolean applies(int k) {
        return frequency[k] != null;
    }

    /** Bits to add for rows i, j agreeing exactly on comparison k whose exact-level u is {@code uExact}. */
    public double adjustment(int k, int i, int j, double uExact) {
        int v = comparisons[k].valueId(i);
        if (v < 0) return 0;
        return FellegiSunter.log2(uExact / frequency[k][v]);
    }
}
