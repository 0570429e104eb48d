package org.jigsaw.link;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.jigsaw.link.block.Blocker;
import org.jigsaw.link.block.LongList;
import org.jigsaw.link.cluster.CannotLink;
import org.jigsaw.link.cluster.CannotLinkKinds;
import org.jigsaw.link.cluster.Clusterer;
import org.jigsaw.link.cluster.StableIds;
import org.jigsaw.link.compare.Comparison;
import org.jigsaw.link.compare.LevelKinds;
import org.jigsaw.link.data.Column;
import org.jigsaw.link.data.RecordTable;
import org.jigsaw.link.model.Em;
import org.jigsaw.link.model.FellegiSunter;
import org.jigsaw.link.model.PatternCounts;
import org.jigsaw.link.model.PatternSpace;
import org.jigsaw.link.model.RandomPairs;
import org.jigsaw.link.model.TermFrequencies;
import org.jigsaw.link.spec.DeterministicRuleSpec;
import org.jigsaw.link.spec.LinkSpec;
import org.jigsaw.link.validate.SpecValidation;
import org.jigsaw.progress.Progress;

/**
 * The linkage engine: block → compare → estimate u (random pairs) and m (EM on pattern counts)
 * → score → decide (deterministic rules, thresholds, clerical decisions) → cluster under
 * cannot-link constraints → stable person IDs. Pure computation on a {@link RecordTable}; the
 * area stage ({@link AreaLinker}) and {@code jigsaw match} both drive it.
 */
public final class Linker {

    private final LinkSpec spec;
    private final LevelKinds kinds;
    private final PairComparer comparer;

    public Linker(LinkSpec spec) {
        this(spec, LevelKinds.defaults());
    }

    public Linker(LinkSpec spec, LevelKinds kinds) {
        this(spec, kinds, PairComparer.ALL);
    }

    /** With a comparer that may reuse earlier comparison vectors (incremental refresh). */
    public Linker(LinkSpec spec, LevelKinds kinds, PairComparer comparer) {
        this.spec = spec;
        this.kinds = kinds;
        this.comparer = comparer;
    }

    public Linkage link(RecordTable records, List<ReviewDecision> reviews, Map<String, String> previousPersonIds, Progress progress) {
        RecordTable table = org.jigsaw.link.data.VirtualFields.addTo(records);
        Map<String, Double> seconds = new LinkedHashMap<>();
        Map<String, Object> metrics = new LinkedHashMap<>();
        long t0 = System.nanoTime();
        SpecValidation.validate(spec, kinds, CannotLinkKinds.installed());
        LinkSpec eff = SpecValidation.applicable(spec.restrictTo(table::has));
        List<Comparison> comparisons = eff.comparisons().stream().map(c -> new Comparison(c, kinds, table)).toList();
        PatternSpace space = new PatternSpace(comparisons);

        // 1. blocking, plus every pair a reviewer has ruled on
        Blocker.Candidates cands;
        try (Progress.Task t = progress.start("block", eff.blockingRules().size())) {
            cands = Blocker.candidates(table, eff.blockingRules(), eff.linkType(), eff.maxBlockSize());
            t.stepBy(eff.blockingRules().size());
        }
        Map<String, Integer> rowOfKey = new HashMap<>(table.size() * 2);
        for (int i = 0; i < table.size(); i++) rowOfKey.put(table.key(i), i);
        Map<Long, Decision> clerical = new HashMap<>();
        int unknownReviews = 0;
        for (ReviewDecision r : reviews) {
            Integer a = rowOfKey.get(r.leftKey()), b = rowOfKey.get(r.rightKey());
            if (a == null || b == null || a.equals(b)) {
                unknownReviews++;
                continue;
            }
            long p = a < b ? LongList.pair(a, b) : LongList.pair(b, a);
            clerical.put(p, r.decision().links() ? Decision.CLERICAL_MATCH : Decision.CLERICAL_NON_MATCH);
        }
        long[] pairs = withExtraPairs(cands.pairs(), clerical.keySet());
        seconds.put("block", secs(t0));

        // 2. comparison vectors
        long t1 = System.nanoTime();
        long[] patterns = new long[pairs.length];
        try (Progress.Task t = progress.start("compare", pairs.length)) {
            comparer.compare(table, pairs, patterns, space);
            t.stepBy(pairs.length);
        }
        seconds.put("compare", secs(t1));

        // 3. model: u from random pairs, m by EM on pattern counts
        long t2 = System.nanoTime();
        // small inputs need fewer samples for the same precision of u: 10 per record, at least 100,000
        int samples = (int) Math.min(eff.training().randomPairs(), Math.max(100_000L, 10L * table.size()));
        double[][] u = RandomPairs.estimateU(table, space, eff.linkType(), samples, eff.training().seed());
        seconds.put("train_u", secs(t2));
        PatternCounts counts = PatternCounts.of(patterns);
        Em.Fit fit = Em.fit(space, counts, u, eff.training().maxIterations(), eff.training().tolerance());
        long total = RandomPairs.totalPairs(table, eff.linkType());
        double prior = eff.prior() != null ? eff.prior()
                : clamp(fit.lambda() * pairs.length / Math.max(1.0, total), 1e-12, 0.5);
        FellegiSunter model = new FellegiSunter(space, fit.m(), u, prior, new TermFrequencies(space));
        seconds.put("train", secs(t2));

        // 4. scores and decisions
        long t3 = System.nanoTime();
        double[] patternWeight = new double[counts.size()];
        for (int i = 0; i < patternWeight.length; i++) patternWeight[i] = model.patternWeight(counts.pattern(i));
        // which patterns show agreement on at least one of the evidence comparisons
        List<Integer> evidence = new ArrayList<>();
        for (int k = 0; k < comparisons.size(); k++) {
            if (eff.evidenceRequired().contains(comparisons.get(k).name())) evidence.add(k);
        }
        boolean[] hasEvidence = new boolean[counts.size()];
        for (int i = 0; i < hasEvidence.length; i++) {
            boolean e = evidence.isEmpty();
            for (int k : evidence) {
                int level = space.level(counts.pattern(i), k);
                if (level != 0 && level != comparisons.get(k).elseLevel()) e = true;
            }
            hasEvidence[i] = e;
        }
        double[] weights = new double[pairs.length];
        byte[] decisions = new byte[pairs.length];
        List<int[][]> rules = deterministicRules(eff.deterministicRules(), table);
        double accept = eff.thresholds().accept(), review = eff.thresholds().review();
        IntStream.range(0, (pairs.length + 65535) >> 16).parallel().forEach(c -> {
            int from = c << 16, to = Math.min(pairs.length, from + 65536);
            for (int p = from; p < to; p++) {
                int i = LongList.left(pairs[p]), j = LongList.right(pairs[p]);
                int pi = counts.indexOf(patterns[p]);
                double w = patternWeight[pi] + model.tfAdjustment(patterns[p], i, j);
                weights[p] = w;
                Decision d;
                if (deterministic(rules, i, j)) d = Decision.DETERMINISTIC;
                else {
                    double prob = FellegiSunter.probability(w);
                    d = prob >= accept ? Decision.ACCEPTED : prob >= review ? Decision.REVIEW : Decision.REJECTED;
                    if (d == Decision.ACCEPTED && !hasEvidence[pi]) d = Decision.REVIEW;
                }
                decisions[p] = (byte) d.ordinal();
            }
        });
        for (int p = 0; p < pairs.length; p++) {
            Decision c = clerical.get(pairs[p]);
            if (c != null) decisions[p] = (byte) c.ordinal();
        }
        seconds.put("score", secs(t3));

        // 5. clusters and stable IDs
        long t4 = System.nanoTime();
        Set<Long> nonMatches = new HashSet<>();
        clerical.forEach((p, d) -> {
            if (d == Decision.CLERICAL_NON_MATCH) nonMatches.add(p);
        });
        CannotLink cannotLink = CannotLink.compile(table, eff.clustering().cannotLink(), nonMatches);
        int[] clusterOf = cluster(table.size(), pairs, weights, decisions, cannotLink, eff.clustering().maxClusterSize(), metrics);
        String[] keys = new String[table.size()];
        for (int i = 0; i < keys.length; i++) keys[i] = table.key(i);
        String[] personIds = StableIds.assign(clusterOf, keys, previousPersonIds == null ? Map.of() : previousPersonIds);
        seconds.put("cluster", secs(t4));
        seconds.put("total", secs(t0));

        metrics.put("records", table.size());
        metrics.put("candidate_pairs", pairs.length);
        metrics.put("pairs_per_blocking_rule", cands.pairsPerRule());
        metrics.put("oversized_blocks_skipped", cands.skippedBlocks());
        metrics.put("distinct_patterns", counts.size());
        metrics.put("em_iterations", fit.iterations());
        metrics.put("em_converged", fit.converged());
        metrics.put("match_share_in_candidates", fit.lambda());
        metrics.put("prior", prior);
        metrics.put("cannot_link", cannotLink.names());
        if (unknownReviews > 0) metrics.put("review_decisions_not_matching_records", unknownReviews);
        return new Linkage(eff, table, model, pairs, patterns, weights, decisions, clusterOf, personIds, seconds, metrics);
    }

    private static long[] withExtraPairs(long[] pairs, Set<Long> extra) {
        if (extra.isEmpty()) return pairs;
        long[] all = Arrays.copyOf(pairs, pairs.length + extra.size());
        int k = pairs.length;
        for (long p : extra) all[k++] = p;
        Arrays.parallelSort(all);
        int w = 0;
        for (int i = 0; i < all.length; i++) if (i == 0 || all[i] != all[i - 1]) all[w++] = all[i];
        return Arrays.copyOf(all, w);
    }

    private static List<int[][]> deterministicRules(List<DeterministicRuleSpec> specs, RecordTable table) {
        List<int[][]> rules = new ArrayList<>();
        for (DeterministicRuleSpec d : specs) {
            int[][] cols = new int[d.fields().size()][];
            for (int f = 0; f < cols.length; f++) {
                Column c = table.column(d.fields().get(f));
                int[] ids = new int[table.size()];
                for (int i = 0; i < ids.length; i++) ids[i] = c.id(i);
                cols[f] = ids;
            }
            rules.add(cols);
        }
        return rules;
    }

    private static boolean deterministic(List<int[][]> rules, int i, int j) {
        for (int[][] rule : rules) {
            boolean all = true;
            for (int[] ids : rule) {
                if (ids[i] < 0 || ids[i] != ids[j]) {
                    all = false;
                    break;
                }
            }
            if (all) return true;
        }
        return false;
    }

    /**
     * Links strongest first; a linking pair whose merge a constraint refuses becomes REJECTED.
     * A record pulled towards two persons that cannot be one (a twin's record with the given name
     * missing) is ambiguous: when its link into its own person is not clearly stronger than the
     * refused one ({@link #AMBIGUITY_BITS}), its model-made links go to clerical review instead and
     * the clustering is redone without them.
     */
    private static int[] cluster(int n, long[] pairs, double[] weights, byte[] decisions, CannotLink cannotLink, int maxSize,
                                 Map<String, Object> metrics) {
        long[] order = linkOrder(pairs, weights, decisions);
        Clusterer first = new Clusterer(n, cannotLink, maxSize);
        Clusterer.Outcome[] outcome = new Clusterer.Outcome[order.length];
        for (int k = 0; k < order.length; k++) {
            int p = (int) order[k];
            outcome[k] = first.link(LongList.left(pairs[p]), LongList.right(pairs[p]), decisions[p] == CLERICAL_MATCH);
        }
        double[] bestInside = new double[n];
        java.util.Arrays.fill(bestInside, Double.NEGATIVE_INFINITY);
        for (int k = 0; k < order.length; k++) {
            if (!outcome[k].together()) continue;
            int p = (int) order[k];
            int a = LongList.left(pairs[p]), b = LongList.right(pairs[p]);
            double w = decisions[p] == ACCEPTED ? weights[p] : Double.POSITIVE_INFINITY;
            bestInside[a] = Math.max(bestInside[a], w);
            bestInside[b] = Math.max(bestInside[b], w);
        }
        java.util.BitSet ambiguous = new java.util.BitSet(n);
        for (int k = 0; k < order.length; k++) {
            if (outcome[k] != Clusterer.Outcome.REFUSED_BY_CONSTRAINT) continue;
            int p = (int) order[k];
            if (decisions[p] != ACCEPTED) continue;
            int a = LongList.left(pairs[p]), b = LongList.right(pairs[p]);
            if (bestInside[a] - weights[p] < AMBIGUITY_BITS) ambiguous.set(a);
            if (bestInside[b] - weights[p] < AMBIGUITY_BITS) ambiguous.set(b);
        }
        Clusterer clusterer = first;
        if (!ambiguous.isEmpty()) {
            for (int p = 0; p < pairs.length; p++) {
                if (decisions[p] == ACCEPTED && (ambiguous.get(LongList.left(pairs[p])) || ambiguous.get(LongList.right(pairs[p])))) {
                    decisions[p] = (byte) Decision.REVIEW.ordinal();
                }
            }
            order = linkOrder(pairs, weights, decisions);
            clusterer = new Clusterer(n, cannotLink, maxSize);
            outcome = new Clusterer.Outcome[order.length];
            for (int k = 0; k < order.length; k++) {
                int p = (int) order[k];
                outcome[k] = clusterer.link(LongList.left(pairs[p]), LongList.right(pairs[p]), decisions[p] == CLERICAL_MATCH);
            }
        }
        long refused = 0;
        for (int k = 0; k < order.length; k++) {
            if (!outcome[k].together()) {
                decisions[(int) order[k]] = (byte) Decision.REJECTED.ordinal();
                refused++;
            }
        }
        metrics.put("links_refused_by_constraints", refused);
        long refusedBySize = 0;
        for (Clusterer.Outcome o : outcome) if (o == Clusterer.Outcome.REFUSED_BY_SIZE) refusedBySize++;
        metrics.put("links_refused_by_cluster_size", refusedBySize);
        metrics.put("ambiguous_records_sent_to_review", ambiguous.cardinality());
        return clusterer.clusters();
    }

    /** Bits by which a record's best link into its person must beat a refused link for it not to be ambiguous. */
    static final double AMBIGUITY_BITS = 5;
    private static final byte ACCEPTED = (byte) Decision.ACCEPTED.ordinal();
    private static final byte CLERICAL_MATCH = (byte) Decision.CLERICAL_MATCH.ordinal();

    /** Linking pairs ordered: clerical matches, deterministic, then by weight descending (pair index in the low bits). */
    private static long[] linkOrder(long[] pairs, double[] weights, byte[] decisions) {
        int linking = 0;
        for (byte d : decisions) if (Decision.values()[d].links()) linking++;
        long[] order = new long[linking];
        int k = 0;
        for (int p = 0; p < pairs.length; p++) {
            Decision d = Decision.values()[decisions[p]];
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

    private static double clamp(double v, double lo, double hi) {
        return Math.max(lo, Math.min(hi, v));
    }

    private static double secs(long since) {
        return Math.round((System.nanoTime() - since) / 1e6) / 1000.0;
    }
}
