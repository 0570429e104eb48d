package org.jigsaw.link;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jigsaw.link.block.LongList;
import org.jigsaw.link.data.RecordTable;

/**
 * Reviewers' decisions as pairs of rows: they are compared and scored with the blocked pairs (a
 * reviewer may have joined two records no blocking rule brings together) and then overrule the model.
 */
final class ClericalPairs {

    private final Map<Long, Decision> byPair = new HashMap<>();
    private final int unknown;

    ClericalPairs(RecordTable table, List<ReviewDecision> reviews) {
        Map<String, Integer> rowOfKey = new HashMap<>(table.size() * 2);
        for (int i = 0; i < table.size(); i++) rowOfKey.put(table.key(i), i);
        int missing = 0;
        for (ReviewDecision r : reviews) {
            Integer a = rowOfKey.get(r.leftKey()), b = rowOfKey.get(r.rightKey());
            if (a == null || b == null || a.equals(b)) {
                missing++;
                continue;
            }
            long p = a < b ? LongList.pair(a, b) : LongList.pair(b, a);
            byPair.put(p, r.decision().links() ? Decision.CLERICAL_MATCH : Decision.CLERICAL_NON_MATCH);
        }
        unknown = missing;
    }

    /** Decisions naming a record this table does not hold (or one record twice). */
    int unknown() {
        return unknown;
    }

    /** The candidate pairs with every reviewed pair added, sorted and distinct. */
    long[] addTo(long[] pairs) {
        if (byPair.isEmpty()) return pairs;
        long[] all = Arrays.copyOf(pairs, pairs.length + byPair.size());
        int k = pairs.length;
        for (long p : byPair.keySet()) all[k++] = p;
        Arrays.parallelSort(all);
        int w = 0;
        for (int i = 0; i < all.length; i++) if (i == 0 || all[i] != all[i - 1]) all[w++] = all[i];
        return Arrays.copyOf(all, w);
    }

    /** Reviewers' verdicts replace the model's decisions. */
    void overrule(long[] pairs, byte[] decisions) {
        if (byPair.isEmpty()) return;
        for (int p = 0; p < pairs.length; p++) {
            Decision c = byPair.get(pairs[p]);
            if (c != null) decisions[p] = (byte) c.ordinal();
        }
    }

    /** Pairs a reviewer said are different children: a constraint for clustering. */
    Set<Long> nonMatches() {
        Set<Long> out = new HashSet<>();
        byPair.forEach((p, d) -> {
            if (d == Decision.CLERICAL_NON_MATCH) out.add(p);
        });
        return out;
    }
}
