package org.jigsaw.link.eval;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jigsaw.link.Linkage;
import org.jigsaw.link.data.RecordTable;

/**
 * Linkage quality without ground truth — what an analyst can watch on every refresh.
 *
 * @param linkRates          "A -> B": share of source A's persons who also have a record in B
 * @param duplicateRates     per source: share of its persons with more than one of its records
 * @param weightHistogram    match weight (2-bit bins, lower bound) → candidate pairs
 * @param estimatedPrecision mean match probability of the links the model made
 * @param estimatedRecall    the model's expected matches that were linked, of all its expected
 *                           matches among candidates (blind to matches blocking never proposed)
 * @param reviewQueue        pairs waiting for a clerical decision
 */
public record Quality(Map<String, Double> linkRates, Map<String, Double> duplicateRates,
                      Map<Integer, Long> weightHistogram, double estimatedPrecision, double estimatedRecall,
                      long reviewQueue) {

    public static Quality of(Linkage linkage) {
        RecordTable t = linkage.table();
        int sources = t.sourceNames().size();
        int persons = linkage.personCount();
        List<BitSet> present = new ArrayList<>(sources);
        int[] recordsPerPersonSource = new int[0];
        for (int s = 0; s < sources; s++) present.add(new BitSet(persons));
        Map<Long, Integer> perPersonSource = new java.util.HashMap<>();
        for (int i = 0; i < t.size(); i++) {
            int c = linkage.cluster(i), s = t.source(i);
            present.get(s).set(c);
            perPersonSource.merge(((long) c << 16) | s, 1, Integer::sum);
        }
        Map<String, Double> rates = new LinkedHashMap<>();
        for (int a = 0; a < sources; a++) {
            BitSet pa = present.get(a);
            int na = pa.cardinality();
            if (na == 0) continue;
            for (int b = 0; b < sources; b++) {
                if (a == b) continue;
                BitSet both = (BitSet) pa.clone();
                both.and(present.get(b));
                rates.put(t.sourceNames().get(a) + " -> " + t.sourceNames().get(b), round((double) both.cardinality() / na));
            }
        }
        int[] dupPersons = new int[sources];
        perPersonSource.forEach((k, n) -> {
            if (n > 1) dupPersons[(int) (k & 0xffff)]++;
        });
        Map<String, Double> dups = new LinkedHashMap<>();
        for (int s = 0; s < sources; s++) {
            int ns = present.get(s).cardinality();
            if (ns > 0) dups.put(t.sourceNames().get(s), round((double) dupPersons[s] / ns));
        }
        Map<Integer, Long> hist = new TreeMap<>();
        ModelEstimate estimate = new ModelEstimate();
        for (int p = 0; p < linkage.pairCount(); p++) {
            double w = linkage.weight(p);
            int bin = (int) Math.floor(Math.max(-40, Math.min(60, w)) / 2) * 2;
            hist.merge(bin, 1L, Long::sum);
            estimate.add(linkage.decision(p), linkage.probability(p));
        }
        return new Quality(rates, dups, hist, estimate.precision(), estimate.recall(), estimate.reviewQueue());
    }

    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("link_rates", linkRates);
        m.put("duplicate_rates", duplicateRates);
        m.put("weight_histogram", weightHistogram);
        m.put("estimated_precision", estimatedPrecision);
        m.put("estimated_recall", estimatedRecall);
        m.put("review_queue", reviewQueue);
        return m;
    }

    private static double round(double v) {
        return ModelEstimate.round(v);
    }
}
