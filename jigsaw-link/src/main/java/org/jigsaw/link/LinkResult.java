package org.jigsaw.link;

import java.util.List;
import java.util.Map;

/**
 * What linkage produced: every scored candidate pair (explanations as JSON keyed by pair, may be
 * empty for rejected pairs), the person each record belongs to, and metrics for the summary
 * (e.g. candidate_pairs, accepted, review, persons, model-estimated precision/recall).
 */
public record LinkResult(List<ScoredPair> pairs, Map<String, String> explanations,
                         List<PersonAssignment> assignments, Map<String, Object> metrics) {

    /** Nothing to link (e.g. every source refused under its agreement): no pairs, no persons. */
    public static LinkResult empty() {
        return new LinkResult(List.of(), Map.of(), List.of(), Map.of("records", 0));
    }
}
