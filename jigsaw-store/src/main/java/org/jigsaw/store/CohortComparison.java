package org.jigsaw.store;

import java.util.ArrayList;
import java.util.List;

/** A cohort's size in a snapshot against its size in the ground truth (acceptance tests state both). */
public record CohortComparison(String cohort, long snapshot, long truth) {

    /** |snapshot − truth| / truth; 0 when both are empty, 1 when only the truth is. */
    public double relativeError() {
        if (truth == 0) return snapshot == 0 ? 0 : 1;
        return Math.abs(snapshot - truth) / (double) truth;
    }

    /** One row per cohort of the truth results, in its order. */
    public static List<CohortComparison> of(List<CohortCount> snapshot, CohortResults truth) {
        List<CohortComparison> out = new ArrayList<>();
        for (CohortCount t : truth.cohorts()) {
            long s = snapshot.stream().filter(c -> c.cohort().equals(t.cohort())).mapToLong(CohortCount::members).findFirst().orElse(0);
            out.add(new CohortComparison(t.cohort(), s, t.members()));
        }
        return out;
    }

    @Override
    public String toString() {
        return String.format("%s: snapshot %d, truth %d (%.1f%%)", cohort, snapshot, truth, 100 * relativeError());
    }
}
