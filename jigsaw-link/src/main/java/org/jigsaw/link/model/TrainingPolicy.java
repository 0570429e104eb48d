package org.jigsaw.link.model;

import org.jigsaw.link.spec.LinkSpec;

/**
 * How much to sample and what prior to take when training the model: one policy for the local
 * engine and for Spark, which must train the same model from the same records.
 */
public final class TrainingPolicy {

    /** The prior is kept inside this range: a degenerate EM fit must not make every pair a match or none. */
    static final double MIN_PRIOR = 1e-12, MAX_PRIOR = 0.5;

    private TrainingPolicy() {
    }

    /**
     * Random pairs drawn to estimate u. Small inputs need fewer samples for the same precision of
     * u: 10 per record, at least 100,000, never more than the spec's {@code random_pairs}.
     */
    public static int uSamples(LinkSpec eff, long records) {
        return (int) Math.min(eff.training().randomPairs(), Math.max(100_000L, 10L * records));
    }

    /**
     * The prior match probability: the spec's when it fixes one, otherwise the EM's match share
     * among the candidate pairs spread over every pair the link type allows.
     */
    public static double prior(LinkSpec eff, Em.Fit fit, long candidatePairs, long totalPairs) {
        if (eff.prior() != null) return eff.prior();
        double p = fit.lambda() * candidatePairs / Math.max(1.0, totalPairs);
        return Math.max(MIN_PRIOR, Math.min(MAX_PRIOR, p));
    }
}
