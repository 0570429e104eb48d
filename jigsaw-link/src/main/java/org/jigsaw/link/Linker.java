package org.jigsaw.link;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jigsaw.link.block.Blocker;
import org.jigsaw.link.cluster.CannotLink;
import org.jigsaw.link.cluster.CannotLinkKinds;
import org.jigsaw.link.cluster.ClusterPolicy;
import org.jigsaw.link.cluster.StableIds;
import org.jigsaw.link.compare.Comparison;
import org.jigsaw.link.compare.LevelKinds;
import org.jigsaw.link.data.RecordTable;
import org.jigsaw.link.model.PatternCounts;
import org.jigsaw.link.model.PatternSpace;
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
        ClericalPairs clerical = new ClericalPairs(table, reviews);
        long[] pairs = clerical.addTo(cands.pairs());
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
        PatternCounts counts = PatternCounts.of(patterns);
        ModelTraining trained = ModelTraining.train(eff, table, space, counts, pairs.length);
        seconds.put("train_u", trained.uSeconds());
        seconds.put("train", secs(t2));

        // 4. scores and decisions; reviewers overrule the model
        long t3 = System.nanoTime();
        double[] weights = new double[pairs.length];
        byte[] decisions = new byte[pairs.length];
        new PairScoring(eff, table, trained.model()).score(pairs, patterns, counts, weights, decisions);
        clerical.overrule(pairs, decisions);
        seconds.put("score", secs(t3));

        // 5. clusters and stable IDs
        long t4 = System.nanoTime();
        CannotLink cannotLink = CannotLink.compile(table, eff.clustering().cannotLink(), clerical.nonMatches());
        ClusterPolicy.Outcome clusters = new ClusterPolicy(cannotLink, eff.clustering().maxClusterSize())
                .cluster(table.size(), pairs, weights, decisions);
        String[] keys = new String[table.size()];
        for (int i = 0; i < keys.length; i++) keys[i] = table.key(i);
        String[] personIds = StableIds.assign(clusters.clusterOf(), keys, previousPersonIds == null ? Map.of() : previousPersonIds);
        seconds.put("cluster", secs(t4));
        seconds.put("total", secs(t0));

        metrics.put("links_refused_by_constraints", clusters.refusedByConstraints());
        metrics.put("links_refused_by_cluster_size", clusters.refusedBySize());
        metrics.put("ambiguous_records_sent_to_review", clusters.ambiguousRecords());
        metrics.put("records", table.size());
        metrics.put("candidate_pairs", pairs.length);
        metrics.put("pairs_per_blocking_rule", cands.pairsPerRule());
        metrics.put("oversized_blocks_skipped", cands.skippedBlocks());
        metrics.put("distinct_patterns", counts.size());
        metrics.put("em_iterations", trained.fit().iterations());
        metrics.put("em_converged", trained.fit().converged());
        metrics.put("match_share_in_candidates", trained.fit().lambda());
        metrics.put("prior", trained.prior());
        metrics.put("cannot_link", cannotLink.names());
        if (clerical.unknown() > 0) metrics.put("review_decisions_not_matching_records", clerical.unknown());
        return new Linkage(eff, table, trained.model(), pairs, patterns, weights, decisions, clusters.clusterOf(), personIds,
                seconds, metrics);
    }

    static double secs(long since) {
        return Math.round((System.nanoTime() - since) / 1e6) / 1000.0;
    }
}
