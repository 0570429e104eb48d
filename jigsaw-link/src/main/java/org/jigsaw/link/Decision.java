package org.jigsaw.link;

/** What became of a candidate pair. */
public enum Decision {
    /** matched by a deterministic rule on valid identifiers */
    DETERMINISTIC,
    /** match probability above the upper threshold */
    ACCEPTED,
    /** between the thresholds: waits in the clerical review queue */
    REVIEW,
    /** below the lower threshold, or split by a cannot-link constraint */
    REJECTED,
    /** a reviewer said these are the same child */
    CLERICAL_MATCH,
    /** a reviewer said these are different children */
    CLERICAL_NON_MATCH;

    public boolean links() {
        return this == DETERMINISTIC || this == ACCEPTED || this == CLERICAL_MATCH;
    }
}
