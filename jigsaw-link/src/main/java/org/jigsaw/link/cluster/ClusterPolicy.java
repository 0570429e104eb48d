package org.jigsaw.link.cluster;

import java.util.Arrays;
import java.util.BitSet;
import org.jigsaw.link.Decision;
import org.jigsaw.link.block.LongList;

/**
 * Persons from decided pairs, for every engine: links are merged strongest first (clerical
 * matches, deterministic, then weight descending, ties in pair order) under the cannot-link
 * constraints and the size limit. A record pulled towards two persons that cannot be one (a
 * twin's record with the given name missing) is ambiguous: when its link into its own person is
 * not clearly stronger than the refused one ({@link #AMBIGUITY_BITS}), its model-made links go to
 * clerical review instead and the clustering is redone without them. Spark calls this per
 * connected component; the local engine on the whole graph: the greedy merge never crosses
 * components, so both give the same persons.
 */
public final class ClusterPolicy {

    /** Bits by which a record's best link into its person must beat a refused link for it not to be ambiguous. */
    public static final double AMBIGUITY_BITS = 5;
    private static final byte ACCEPTED = (byte) Decision.ACCEPTED.ordinal();
    private static final byte CLERICAL_MATCH = (byte) Decision.CLERICAL_MATCH.ordinal();
    private static final byte REVIEW = (byte) Decision.REVIEW.ordinal();
    private static final byte REJECTED = (byte) Decision.REJECTED.ordinal();

    /** The cluster of each record, and how many links the constraints, the size limit and ambiguity stopped. */
    public record Outcome(int[] clusterOf, long refusedByConstraints, long refusedBySize, int ambiguousRecords) {
    }

    private final CannotLink cannotLink;
    private final int maxClusterSize;

    public ClusterPolicy(CannotLink cannotLink, int maxClusterSize) {
        this.cannotLink = cannotLink;
        this.maxClusterSize = maxClusterSize;
    }

    /**
     * Clusters {@code n} records over the pairs ({@link LongList#pair} of row indices, lower row
     * first, in ascending order) with their weights and decisions ({@link Decision} ordinals). The
     * decisions are updated in place: ambiguous records' accepted links become REVIEW, links a
     * constraint or the size limit refused become REJECTED.
     */
    public Outcome cluster(int n, long[] pairs, double[] weights, byte[] decisions) {
        long[] order = linkOrder(weights, decisions);
        Clusterer.Outcome[] outcome = new Clusterer.Outcome[order.length];
        Clusterer clusterer = run(n, pairs, decisions, order, outcome);
        BitSet ambiguous = ambiguous(n, pairs, weights, decisions, order, outcome);
        if (!ambiguous.isEmpty()) {
            for (int p = 0; p < pairs.length; p++) {
                if (decisions[p] == ACCEPTED && (ambiguous.get(LongList.left(pairs[p])) || ambiguous.get(LongList.right(pairs[p])))) {
                    decisions[p] = REVIEW;
                }
            }
            order = linkOrder(weights, decisions);
            outcome = new Clusterer.Outcome[order.length];
            clusterer = run(n, pairs, decisions, order, outcome);
        }
        long refused = 0, refusedBySize = 0;
        for (int k = 0; k < order.length; k++) {
            if (!outcome[k].together()) {
                decisions[(int) order[k]] = REJECTED;
                refused++;
            }
            if (outcome[k] == Clusterer.Outcome.REFUSED_BY_SIZE) refusedBySize++;
        }
        return new Outcome(clusterer.clusters(), refused, refusedBySize, ambiguous.cardinality());
    }

    private Clusterer run(int n, long[] pairs, byte[] decisions, long[] order, Clusterer.Outcome[] outcome) {
        Clusterer c = new Clusterer(n, cannotLink, maxClusterSize);
        for (int k = 0; k < order.length; k++) {
            int p = (int) order[k];
            outcome[k] = c.link(LongList.left(pairs[p]), LongList.right(pairs[p]), decisions[p] == CLERICAL_MATCH);
        }
        return c;
    }

    /** Records whose accepted link was refused by a constraint while their best link inside their person is not clearly stronger. */
    private static BitSet ambiguous(int n, long[] pairs, double[] weights, byte[] decisions, long[] order, Clusterer.Outcome[] outcome) {
        double[] bestInside = new double[n];
        Arrays.fill(bestInside, Double.NEGATIVE_INFINITY);
        for (int k = 0; k < order.length; k++) {
            if (!outcome[k].together()) continue;
            int p = (int) order[k];
            double w = decisions[p] == ACCEPTED ? weights[p] : Double.POSITIVE_INFINITY;
            bestInside[LongList.left(pairs[p])] = Math.max(bestInside[LongList.left(pairs[p])], w);
            bestInside[LongList.right(pairs[p])] = Math.max(bestInside[LongList.right(pairs[p])], w);
        }
        BitSet ambiguous = new BitSet(n);
        for (int k = 0; k < order.length; k++) {
            int p = (int) order[k];
            if (outcome[k] != Clusterer.Outcome.REFUSED_BY_CONSTRAINT || decisions[p] != ACCEPTED) continue;
            int a = LongList.left(pairs[p]), b = LongList.right(pairs[p]);
            if (bestInside[a] - weights[p] < AMBIGUITY_BITS) ambiguous.set(a);
            if (bestInside[b] - weights[p] < AMBIGUITY_BITS) ambiguous.set(b);
        }
        return ambiguous;
    }

    /** Linking pairs ordered: clerical matches, deterministic, then by weight descending (pair index in the low bits). */
    private static long[] linkOrder(double[] weights, byte[] decisions) {
        Decision[] all = Decision.values();
        int linking = 0;
        for (byte d : decisions) if (all[d].links()) linking++;
        long[] order = new long[linking];
        int k = 0;
        for (int p = 0; p < decisions.length; p++) {
            Decision d = all[decisions[p]];
            if (!d.links()) continue;
            int rank = switch (d) {
                case CLERICAL_MATCH -> 0;
                case DETERMINISTIC -> 1;
                default -> 2;
            };
            // class, then weight descending; float bits of a positive number sort as ints
            float key = (float) (rank * 100000.0 + (50000.0 - Math.max(-49999, Math.min(49999, weights[p]))));
            order[k++] = ((long) Float.floatToIntBits(key) << 32) | p;
        }
        Arrays.parallelSort(order);
        return order;
    }
}
