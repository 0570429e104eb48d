package org.jigsaw.link;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.jigsaw.link.block.LongList;
import org.jigsaw.link.data.Column;
import org.jigsaw.link.data.RecordTable;
import org.jigsaw.link.model.FellegiSunter;
import org.jigsaw.link.model.PatternCounts;
import org.jigsaw.link.spec.DeterministicRuleSpec;
import org.jigsaw.link.spec.LinkSpec;

/** Match weights (pattern weight plus term-frequency adjustment) and the {@link Decider}'s decision for every pair. */
final class PairScoring {

    private final FellegiSunter model;
    private final Decider decider;
    private final List<int[][]> rules;

    PairScoring(LinkSpec eff, RecordTable table, FellegiSunter model) {
        this.model = model;
        this.decider = new Decider(eff, model.space());
        this.rules = deterministicRules(eff.deterministicRules(), table);
    }

    /** Fills {@code weights} and {@code decisions} (Decision ordinals), in parallel chunks of 65,536 pairs. */
    void score(long[] pairs, long[] patterns, PatternCounts counts, double[] weights, byte[] decisions) {
        double[] patternWeight = new double[counts.size()];
        boolean[] evidence = new boolean[counts.size()];
        for (int i = 0; i < patternWeight.length; i++) {
            patternWeight[i] = model.patternWeight(counts.pattern(i));
            evidence[i] = decider.evidence(counts.pattern(i));
        }
        IntStream.range(0, (pairs.length + 65535) >> 16).parallel().forEach(c -> {
            int from = c << 16, to = Math.min(pairs.length, from + 65536);
            for (int p = from; p < to; p++) {
                int i = LongList.left(pairs[p]), j = LongList.right(pairs[p]);
                int pi = counts.indexOf(patterns[p]);
                double w = patternWeight[pi] + model.tfAdjustment(patterns[p], i, j);
                weights[p] = w;
                decisions[p] = (byte) decider.decide(w, deterministic(i, j), evidence[pi]).ordinal();
            }
        });
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

    /** Whether every field of some deterministic rule holds one known value on both records. */
    private boolean deterministic(int i, int j) {
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
}
