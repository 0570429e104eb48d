package org.jigsaw.link.model;

import java.util.ArrayList;
import java.util.List;
import org.jigsaw.link.compare.Comparison;

/**
 * The fitted Fellegi–Sunter model: for each comparison and level, m = P(level | same person) and
 * u = P(level | different people); a pair's match weight is the prior log-odds plus the sum of
 * log2(m/u) over its comparisons (blank = 0), plus term-frequency adjustments; its match
 * probability is 1 / (1 + 2^-weight).
 *
 * @param prior probability that two records drawn at random (of the kind the link type allows)
 *              are the same person
 */
public record FellegiSunter(PatternSpace space, double[][] m, double[][] u, double prior, TermFrequencies tf) {

    /** Weight of one comparison at one level, in bits. */
    public double levelWeight(int k, int level) {
        if (level == 0) return 0;
        return log2(m[k][level] / u[k][level]);
    }

    public double priorWeight() {
        return log2(prior / (1 - prior));
    }

    /** Weight of a pattern without term-frequency adjustment. */
    public double patternWeight(long pattern) {
        double w = priorWeight();
        for (int k = 0; k < space.size(); k++) w += levelWeight(k, space.level(pattern, k));
        return w;
    }

    /** The term-frequency adjustment for rows i, j at their pattern (0 when none applies). */
    public double tfAdjustment(long pattern, int i, int j) {
        if (tf == null) return 0;
        double adj = 0;
        for (int k = 0; k < space.size(); k++) {
            if (tf.applies(k) && space.level(pattern, k) == 1) adj += tf.adjustment(k, i, j, u[k][1]);
        }
        return adj;
    }

    public static double probability(double weight) {
        return 1.0 / (1.0 + Math.pow(2, -weight));
    }

    public static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }

    /** Every term of a pair's weight, in the order they add up. */
    public List<Term> terms(long pattern, int i, int j) {
        List<Term> terms = new ArrayList<>();
        terms.add(new Term("prior", "", Double.NaN, Double.NaN, priorWeight()));
        for (int k = 0; k < space.size(); k++) {
            Comparison c = space.comparisons().get(k);
            int level = space.level(pattern, k);
            terms.add(new Term(c.name(), c.levelLabel(level), level == 0 ? Double.NaN : m[k][level],
                    level == 0 ? Double.NaN : u[k][level], levelWeight(k, level)));
            if (tf != null && tf.applies(k) && level == 1) {
                terms.add(Term.termFrequency(c.name(), tf.adjustment(k, i, j, u[k][1])));
            }
        }
        return terms;
    }

    /** One bar of the waterfall. NaN m/u for terms that are not a comparison level. */
    public record Term(String comparison, String level, double m, double u, double weight) {
        /** The term-frequency adjustment that follows an exact agreement on {@code comparison}. */
        public static Term termFrequency(String comparison, double weight) {
            return new Term(comparison + " (term frequency)", "how common the value is", Double.NaN, Double.NaN, weight);
        }
    }
}
