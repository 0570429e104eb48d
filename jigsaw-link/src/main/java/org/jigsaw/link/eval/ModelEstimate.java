package org.jigsaw.link.eval;

import org.jigsaw.link.Decision;

/**
 * The model's own estimate of precision and recall from the candidate pairs' match probabilities,
 * without ground truth: precision is the mean probability of the links it made, recall the share
 * of all its expected matches among candidates that it linked (blind to matches blocking never
 * proposed). Fed one pair at a time, by whichever engine scored them.
 */
public final class ModelEstimate {
    private double linkedP;
    private double allP;
    private long linked;
    private long review;

    public void add(Decision decision, double probability) {
        allP += probability;
        if (decision == Decision.ACCEPTED || decision == Decision.DETERMINISTIC) {
            linked++;
            linkedP += probability;
        }
        if (decision == Decision.REVIEW) review++;
    }

    public double precision() {
        return round(linked == 0 ? 1.0 : linkedP / linked);
    }

    public double recall() {
        return round(allP == 0 ? 1.0 : linkedP / allP);
    }

    /** Pairs waiting for a clerical decision. */
    public long reviewQueue() {
        return review;
    }

    static double round(double v) {
        return Math.round(v * 1e6) / 1e6;
    }
}
