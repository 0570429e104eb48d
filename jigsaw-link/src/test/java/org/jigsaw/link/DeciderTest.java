package org.jigsaw.link;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The decision rule both engines run (Spark as a UDF on the workers). */
class DeciderTest {

    private static final double ACCEPT = 0.99, REVIEW = 0.5;

    private static Decision decide(double weight, boolean deterministic, boolean evidence) {
        return Decider.decide(ACCEPT, REVIEW, weight, deterministic, evidence);
    }

    @Test
    void aDeterministicRuleLinksWhateverTheWeight() {
        assertThat(decide(-30, true, false)).isEqualTo(Decision.DETERMINISTIC);
    }

    @Test
    void theThresholdsSplitAcceptedReviewAndRejected() {
        // probability 2^w / (1 + 2^w): 10 bits ≈ 0.999, 0 bits = 0.5, -1 bit ≈ 0.33
        assertThat(decide(10, false, true)).isEqualTo(Decision.ACCEPTED);
        assertThat(decide(0, false, true)).isEqualTo(Decision.REVIEW);
        assertThat(decide(-1, false, true)).isEqualTo(Decision.REJECTED);
    }

    @Test
    void aStrongPairWithoutEvidenceGoesToReviewNotToALink() {
        assertThat(decide(30, false, false)).isEqualTo(Decision.REVIEW);
        assertThat(decide(-1, false, false)).isEqualTo(Decision.REJECTED);
    }
}
