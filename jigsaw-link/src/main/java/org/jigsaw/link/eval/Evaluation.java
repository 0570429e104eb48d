package org.jigsaw.link.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jigsaw.link.block.LongList;
import org.jigsaw.link.data.RecordTable;
import org.jigsaw.link.spec.LinkType;

/**
 * Pairwise precision, recall and F1 of predicted links against ground truth (record key → true
 * entity), with the false links and missed links listed (up to {@code limit} of each).
 */
public record Evaluation(long truePairs, long predictedPairs, long truePositives, double precision, double recall,
                         double f1, List<String[]> falseLinks, List<String[]> missedLinks) {

    /**
     * @param predicted packed row pairs (left &lt; right), any order, no duplicates
     * @param truth     record key → entity; records without an entry count as their own entity
     */
    public static Evaluation of(RecordTable table, long[] predicted, Map<String, String> truth, LinkType linkType, int limit) {
        return of(table, predicted, truth, linkType, limit, p -> "");
    }

    /** As above; {@code why} adds a reason to each listed missed link (e.g. "not a candidate"). */
    public static Evaluation of(RecordTable table, long[] predicted, Map<String, String> truth, LinkType linkType, int limit,
                                java.util.function.LongFunction<String> why) {
        int n = table.size();
        int[] entity = new int[n];
        Map<String, Integer> ids = new HashMap<>();
        for (int i = 0; i < n; i++) {
            String e = truth.get(table.key(i));
            entity[i] = e == null ? -1 - i : ids.computeIfAbsent(e, x -> ids.size());
        }
        long[] sorted = predicted.clone();
        Arrays.sort(sorted);
        long tp = 0;
        List<String[]> falseLinks = new ArrayList<>();
        for (long p : sorted) {
            int a = LongList.left(p), b = LongList.right(p);
            if (entity[a] == entity[b]) tp++;
            else if (falseLinks.size() < limit) falseLinks.add(new String[] {table.key(a), table.key(b)});
        }
        Map<Integer, List<Integer>> members = new HashMap<>();
        for (int i = 0; i < n; i++) if (entity[i] >= 0) members.computeIfAbsent(entity[i], x -> new ArrayList<>()).add(i);
        long truePairs = 0;
        List<String[]> missed = new ArrayList<>();
        for (List<Integer> m : members.values()) {
            for (int x = 0; x < m.size(); x++) {
                for (int y = x + 1; y < m.size(); y++) {
                    int a = Math.min(m.get(x), m.get(y)), b = Math.max(m.get(x), m.get(y));
                    if (!linkType.allows(table.source(a), table.source(b))) continue;
                    truePairs++;
                    if (missed.size() < limit && Arrays.binarySearch(sorted, LongList.pair(a, b)) < 0) {
                        missed.add(new String[] {table.key(a), table.key(b), why.apply(LongList.pair(a, b))});
                    }
                }
            }
        }
        double precision = sorted.length == 0 ? 1.0 : (double) tp / sorted.length;
        double recall = truePairs == 0 ? 1.0 : (double) tp / truePairs;
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return new Evaluation(truePairs, sorted.length, tp, precision, recall, f1, falseLinks, missed);
    }

    public Map<String, Object> summary() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("true_pairs", truePairs);
        m.put("predicted_pairs", predictedPairs);
        m.put("true_positives", truePositives);
        m.put("false_links", predictedPairs - truePositives);
        m.put("missed_links", truePairs - truePositives);
        m.put("precision", Math.round(precision * 1e6) / 1e6);
        m.put("recall", Math.round(recall * 1e6) / 1e6);
        m.put("f1", Math.round(f1 * 1e6) / 1e6);
        return m;
    }
}
