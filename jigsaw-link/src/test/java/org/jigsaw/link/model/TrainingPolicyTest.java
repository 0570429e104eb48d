package org.jigsaw.link.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.jigsaw.link.spec.LinkSpec;
import org.jigsaw.link.spec.LinkType;
import org.junit.jupiter.api.Test;

/** The training policy both engines follow: the u sample size and the prior. */
class TrainingPolicyTest {

    private final LinkSpec spec = LinkSpec.defaultSpec();

    @Test
    void tenRandomPairsARecordAtLeastAHundredThousandAtMostTheSpecs() {
        assertThat(spec.training().randomPairs()).isEqualTo(300_000);
        assertThat(TrainingPolicy.uSamples(spec, 500)).isEqualTo(100_000);
        assertThat(TrainingPolicy.uSamples(spec, 20_000)).isEqualTo(200_000);
        assertThat(TrainingPolicy.uSamples(spec, 10_000_000)).isEqualTo(300_000);
    }

    @Test
    void thePriorSpreadsTheMatchShareOverEveryAllowedPairWithinItsBounds() {
        assertThat(spec.prior()).isNull();
        assertThat(TrainingPolicy.prior(spec, new Em.Fit(null, null, 0.2, 10, true), 1_000, 100_000)).isEqualTo(0.002);
        assertThat(TrainingPolicy.prior(spec, new Em.Fit(null, null, 1.0, 1, true), 10, 10)).isEqualTo(TrainingPolicy.MAX_PRIOR);
        assertThat(TrainingPolicy.prior(spec, new Em.Fit(null, null, 0.0, 1, true), 10, 10)).isEqualTo(TrainingPolicy.MIN_PRIOR);
    }

    @Test
    void pairsAmongSourcesFollowTheLinkType() {
        long[] sizes = {3, 2};
        assertThat(LinkType.DEDUPE_AND_LINK.pairsAmong(sizes)).isEqualTo(10);
        assertThat(LinkType.DEDUPE_ONLY.pairsAmong(sizes)).isEqualTo(4);
        assertThat(LinkType.LINK_ONLY.pairsAmong(sizes)).isEqualTo(6);
    }
}
