package org.jigsaw.link.eval;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jigsaw.link.PersonAssignment;

/**
 * Pairwise precision and recall of a clustering against ground truth, computed from the
 * contingency table of (predicted person, true person) so it costs one pass over the records,
 * not one per pair. Only records present in both the assignment and the truth count.
 */
public record ClusterEvaluation(long records, long truePairs, long predictedPairs, long truePositives) {

    public static ClusterEvaluation of(List<PersonAssignment> assignments, Map<String, String> truthPersonByRecord) {
        Map<String, Long> predicted = new HashMap<>();
        Map<String, Long> actual = new HashMap<>();
        Map<String, Long> both = new HashMap<>();
        long n = 0;
        for (PersonAssignment a : assignments) {
            String truePerson = truthPersonByRecord.get(a.recordKey());
            if (truePerson == null) continue;
            n++;
            predicted.merge(a.personId(), 1L, Long::sum);
            actual.merge(truePerson, 1L, Long::sum);
            both.merge(a.personId() + '\u0000' + truePerson, 1L, Long::sum);
        }
        return new ClusterEvaluation(n, pairs(actual), pairs(predicted), pairs(both));
    }

    private static long pairs(Map<String, Long> sizes) {
        long total = 0;
        for (long s : sizes.values()) total += s * (s - 1) / 2;
        return total;
    }

    public double precision() {
        return predictedPairs == 0 ? 1.0 : (double) truePositives / predictedPairs;
    }

    public double recall() {
        return truePairs == 0 ? 1.0 : (double) truePositives / truePairs;
    }

    public double f1() {
        double p = precision(), r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
