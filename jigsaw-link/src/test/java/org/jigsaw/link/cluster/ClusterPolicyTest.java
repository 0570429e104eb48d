package org.jigsaw.link.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jigsaw.link.Decision;
import org.jigsaw.link.block.LongList;
import org.jigsaw.link.data.RecordTable;
import org.junit.jupiter.api.Test;

/** The one clustering policy both engines call: order, constraints, ambiguity, size limit. */
class ClusterPolicyTest {

    private static final byte ACCEPTED = (byte) Decision.ACCEPTED.ordinal();
    private static final byte DETERMINISTIC = (byte) Decision.DETERMINISTIC.ordinal();
    private static final byte CLERICAL_MATCH = (byte) Decision.CLERICAL_MATCH.ordinal();
    private static final byte REVIEW = (byte) Decision.REVIEW.ordinal();
    private static final byte REJECTED = (byte) Decision.REJECTED.ordinal();

    /** Records 0..n-1 where a reviewer has split 0 from 1: two persons that cannot be one. */
    private static ClusterPolicy zeroAndOneApart(int n, int maxClusterSize) {
        String[] keys = new String[n];
        for (int i = 0; i < n; i++) keys[i] = "s:" + i;
        RecordTable table = new RecordTable(keys, new int[n], List.of("s"), Map.of());
        return new ClusterPolicy(CannotLink.compile(table, List.of(), Set.of(LongList.pair(0, 1))), maxClusterSize);
    }

    private static long[] pairs(int[]... ab) {
        long[] p = new long[ab.length];
        for (int k = 0; k < ab.length; k++) p[k] = LongList.pair(ab[k][0], ab[k][1]);
        return p;
    }

    @Test
    void aRecordPulledCloselyTowardsTwoPersonsThatCannotBeOneGoesToReview() {
        // 2 joins 0 (10 bits); its link to 1 (8 bits) is refused: 2 is barely more 0's than 1's
        byte[] decisions = {ACCEPTED, ACCEPTED};
        ClusterPolicy.Outcome o = zeroAndOneApart(3, 100).cluster(3, pairs(new int[] {0, 2}, new int[] {1, 2}), new double[] {10, 8}, decisions);
        assertThat(decisions).containsExactly(REVIEW, REVIEW);
        assertThat(o.ambiguousRecords()).isEqualTo(2);
        assertThat(o.refusedByConstraints()).isZero();
        assertThat(o.clusterOf()).doesNotHaveDuplicates();
    }

    @Test
    void aClearlyStrongerLinkInKeepsTheRecordWhereItIs() {
        byte[] decisions = {ACCEPTED, ACCEPTED};
        ClusterPolicy.Outcome o = zeroAndOneApart(3, 100).cluster(3, pairs(new int[] {0, 2}, new int[] {1, 2}),
                new double[] {10 + ClusterPolicy.AMBIGUITY_BITS, 10}, decisions);
        // only 1, whose one link was refused, is ambiguous; 2 stays with 0
        assertThat(decisions).containsExactly(ACCEPTED, REVIEW);
        assertThat(o.ambiguousRecords()).isEqualTo(1);
        assertThat(o.clusterOf()[0]).isEqualTo(o.clusterOf()[2]);
        assertThat(o.clusterOf()[1]).isNotEqualTo(o.clusterOf()[2]);
    }

    @Test
    void aDeterministicLinkIsCertainAndTheWeakerOfTwoRefusedIsRejected() {
        byte[] decisions = {DETERMINISTIC, DETERMINISTIC};
        ClusterPolicy.Outcome o = zeroAndOneApart(3, 100).cluster(3, pairs(new int[] {0, 2}, new int[] {1, 2}), new double[] {1, 30}, decisions);
        assertThat(o.ambiguousRecords()).isZero();
        // within the deterministic class the stronger link goes first, so the weaker one is refused
        assertThat(decisions).containsExactly(REJECTED, DETERMINISTIC);
        assertThat(o.refusedByConstraints()).isEqualTo(1);
    }

    @Test
    void reviewersThenDeterministicRulesComeBeforeTheModelWhateverTheWeights() {
        // a reviewer puts 2 with 1 (-5 bits), a rule 3 with 1 (2 bits); the model's 40 bits for 0–2 come last and
        // are refused (0 and 1 cannot be one), and 0, left with no link, is ambiguous: the pair goes to review
        byte[] decisions = {ACCEPTED, DETERMINISTIC, CLERICAL_MATCH};
        ClusterPolicy.Outcome o = zeroAndOneApart(4, 100).cluster(4, pairs(new int[] {0, 2}, new int[] {1, 3}, new int[] {1, 2}),
                new double[] {40, 2, -5}, decisions);
        assertThat(decisions).containsExactly(REVIEW, DETERMINISTIC, CLERICAL_MATCH);
        assertThat(o.clusterOf()[1]).isEqualTo(o.clusterOf()[2]).isEqualTo(o.clusterOf()[3]).isNotEqualTo(o.clusterOf()[0]);
    }

    @Test
    void mergesBeyondTheSizeLimitAreRefusedAndCounted() {
        byte[] decisions = {ACCEPTED, ACCEPTED};
        ClusterPolicy.Outcome o = zeroAndOneApart(5, 2).cluster(5, pairs(new int[] {2, 3}, new int[] {3, 4}), new double[] {12, 11}, decisions);
        assertThat(decisions).containsExactly(ACCEPTED, REJECTED);
        assertThat(o.refusedBySize()).isEqualTo(1);
        assertThat(o.ambiguousRecords()).isZero();
    }
}
