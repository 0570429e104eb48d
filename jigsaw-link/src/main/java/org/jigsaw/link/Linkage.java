package org.jigsaw.link;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jigsaw.link.block.LongList;
import org.jigsaw.link.data.RecordTable;
import org.jigsaw.link.eval.Quality;
import org.jigsaw.link.explain.Explanation;
import org.jigsaw.link.model.FellegiSunter;
import org.jigsaw.link.spec.LinkSpec;

/**
 * Everything one linkage run produced, held in primitive arrays (one slot per candidate pair or
 * per record) so a million-record run stays small; converted to the stage contract
 * ({@link LinkResult}) on demand.
 */
public final class Linkage {

    private final LinkSpec spec;
    private final RecordTable table;
    private final FellegiSunter model;
    private final long[] pairs;
    private final long[] patterns;
    private final double[] weights;
    private final byte[] decisions;
    private final int[] clusterOf;
    private final String[] personIds;
    private final Map<String, Double> seconds;
    private final Map<String, Object> metrics;

    Linkage(LinkSpec spec, RecordTable table, FellegiSunter model, long[] pairs, long[] patterns, double[] weights,
            byte[] decisions, int[] clusterOf, String[] personIds, Map<String, Double> seconds, Map<String, Object> metrics) {
        this.spec = spec;
        this.table = table;
        this.model = model;
        this.pairs = pairs;
        this.patterns = patterns;
        this.weights = weights;
        this.decisions = decisions;
        this.clusterOf = clusterOf;
        this.personIds = personIds;
        this.seconds = seconds;
        this.metrics = metrics;
    }

    /** The spec as applied: restricted to the fields present. */
    public LinkSpec spec() {
        return spec;
    }

    public RecordTable table() {
        return table;
    }

    public FellegiSunter model() {
        return model;
    }

    public int pairCount() {
        return pairs.length;
    }

    public int left(int pair) {
        return LongList.left(pairs[pair]);
    }

    public int right(int pair) {
        return LongList.right(pairs[pair]);
    }

    public double weight(int pair) {
        return weights[pair];
    }

    public double probability(int pair) {
        return FellegiSunter.probability(weights[pair]);
    }

    public Decision decision(int pair) {
        return Decision.values()[decisions[pair]];
    }

    /** Person number (0..persons-1) of a row. */
    public int cluster(int row) {
        return clusterOf[row];
    }

    public int personCount() {
        return personIds.length;
    }

    public String personId(int row) {
        return personIds[clusterOf[row]];
    }

    /** Seconds per stage: block, compare, train, score, cluster, total. */
    public Map<String, Double> seconds() {
        return seconds;
    }

    /** Run figures (candidate pairs, EM iterations, prior …) plus decision counts. */
    public Map<String, Object> metrics() {
        Map<String, Object> m = new LinkedHashMap<>(metrics);
        long[] byDecision = new long[Decision.values().length];
        for (byte d : decisions) byDecision[d]++;
        for (Decision d : Decision.values()) m.put(d.name().toLowerCase(java.util.Locale.ROOT), byDecision[d.ordinal()]);
        m.put("persons", personIds.length);
        m.put("seconds", seconds);
        return m;
    }

    /** The explanation of candidate pair number {@code pair}. */
    public Explanation explain(int pair) {
        int i = left(pair), j = right(pair);
        return Explanation.of(table.key(i), table.key(j), model.terms(patterns[pair], i, j), decision(pair).name());
    }

    /** The explanation of any two records, candidate pair or not (decision "NOT_A_CANDIDATE" then). */
    public Optional<Explanation> explain(String leftKey, String rightKey) {
        Map<String, Integer> rows = new HashMap<>();
        for (int i = 0; i < table.size(); i++) rows.put(table.key(i), i);
        Integer a = rows.get(leftKey), b = rows.get(rightKey);
        if (a == null || b == null || a.equals(b)) return Optional.empty();
        int i = Math.min(a, b), j = Math.max(a, b);
        int p = indexOf(LongList.pair(i, j));
        if (p >= 0) return Optional.of(explain(p));
        long pattern = model.space().pattern(i, j);
        return Optional.of(Explanation.of(table.key(i), table.key(j), model.terms(pattern, i, j), "NOT_A_CANDIDATE"));
    }

    /** Index of a packed pair among the (sorted) candidate pairs, or -1. */
    public int indexOf(long packedPair) {
        int p = java.util.Arrays.binarySearch(pairs, packedPair);
        return p < 0 ? -1 : p;
    }

    /** Every candidate pair, packed {@code (left << 32) | right}. */
    public long[] candidatePairs() {
        return pairs.clone();
    }

    /** Candidate pairs that ended up linked (deterministic, accepted or clerical match), packed. */
    public long[] linkedPairs() {
        org.jigsaw.link.block.LongList out = new org.jigsaw.link.block.LongList(1024);
        for (int p = 0; p < pairs.length; p++) if (decision(p).links()) out.add(pairs[p]);
        return out.toArray();
    }

    /** Every pair of records placed in the same person (what persons imply, not only direct links), packed. */
    public long[] clusterPairs() {
        Map<Integer, List<Integer>> members = new HashMap<>();
        for (int i = 0; i < clusterOf.length; i++) members.computeIfAbsent(clusterOf[i], x -> new ArrayList<>(2)).add(i);
        org.jigsaw.link.block.LongList out = new org.jigsaw.link.block.LongList(1024);
        for (List<Integer> m : members.values()) {
            for (int x = 0; x < m.size(); x++) {
                for (int y = x + 1; y < m.size(); y++) {
                    int a = m.get(x), b = m.get(y);
                    if (spec.linkType().allows(table.source(a), table.source(b))) out.add(LongList.pair(Math.min(a, b), Math.max(a, b)));
                }
            }
        }
        return out.toArray();
    }

    /** Why a pair of rows (packed, left &lt; right) is or is not linked: its decision and probability, or "not a candidate". */
    public String describe(long packedPair) {
        int p = indexOf(packedPair);
        if (p < 0) return "not a candidate (no blocking rule matched)";
        return String.format(java.util.Locale.ROOT, "%s, probability %.4f", decision(p), probability(p));
    }

    public List<ScoredPair> scoredPairs() {
        List<ScoredPair> out = new ArrayList<>(pairs.length);
        for (int p = 0; p < pairs.length; p++) {
            out.add(new ScoredPair(table.key(left(p)), table.key(right(p)), weights[p], probability(p), decision(p)));
        }
        return out;
    }

    public List<PersonAssignment> assignments() {
        List<PersonAssignment> out = new ArrayList<>(table.size());
        for (int i = 0; i < table.size(); i++) out.add(new PersonAssignment(table.key(i), personId(i)));
        return out;
    }

    /** Label-free quality: link rates per source pair, weight distribution, model-estimated precision/recall. */
    public Quality quality() {
        return Quality.of(this);
    }

    /**
     * The stage contract: every candidate pair, explanations (JSON) for linked and review pairs
     * keyed {@code "left|right"}, every record's person, and metrics including the quality figures.
     */
    public LinkResult toLinkResult() {
        Map<String, String> explanations = new LinkedHashMap<>();
        for (int p = 0; p < pairs.length; p++) {
            Decision d = decision(p);
            if (d == Decision.REJECTED || d == Decision.CLERICAL_NON_MATCH) continue;
            explanations.put(table.key(left(p)) + "|" + table.key(right(p)), explain(p).toJson());
        }
        Map<String, Object> m = metrics();
        m.put("quality", quality().toMap());
        return new LinkResult(scoredPairs(), explanations, assignments(), m);
    }
}
