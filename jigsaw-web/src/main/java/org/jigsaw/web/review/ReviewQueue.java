package org.jigsaw.web.review;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jigsaw.link.ReviewDecision;
import org.jigsaw.web.access.Pseudonymiser;
import org.jigsaw.web.snapshot.Snapshot;

/**
 * The clerical review queue: pairs the linker left between its thresholds, minus those already
 * decided (in the snapshot's {@code review_decision} or in the decisions file since), heaviest first.
 */
public final class ReviewQueue {
    /** A pair waiting for review, with its token (stable under the review agreement's key). */
    public record Pending(String token, String leftKey, String rightKey, double weight, double probability, String explanation) {
    }

    private final DecisionFile decisions;
    private final Pseudonymiser pseudonyms;
    /** REVIEW pairs not decided in the snapshot itself, per snapshot and agreement (immutable, so computed once). */
    private final Map<String, List<Pending>> bySnapshot = new java.util.concurrent.ConcurrentHashMap<>();

    public ReviewQueue(DecisionFile decisions, Pseudonymiser pseudonyms) {
        this.decisions = decisions;
        this.pseudonyms = pseudonyms;
    }

    /** @param agreement the agreement permitting the review, whose key makes the pairs' tokens */
    public List<Pending> pending(Snapshot s, String agreement) {
        Set<String> done = new HashSet<>();
        for (ReviewDecision d : decisions.read()) done.add(key(d.leftKey(), d.rightKey()));
        return bySnapshot.computeIfAbsent(s.name() + "|" + agreement, n -> undecided(s, agreement)).stream()
                .filter(p -> !done.contains(key(p.leftKey(), p.rightKey()))).toList();
    }

    private List<Pending> undecided(Snapshot s, String agreement) {
        Set<String> done = new HashSet<>();
        s.query("SELECT left_key, right_key FROM review_decision", rs -> done.add(key(rs.getString(1), rs.getString(2))));
        Map<String, Pending> out = new LinkedHashMap<>();
        // a borderline pair whose records other links already put in one person needs no reviewer
        s.query("SELECT p.left_key, p.right_key, p.match_weight, p.match_probability, coalesce(p.explanation, '') FROM pair p "
                + "JOIN person_record a ON a.record_key = p.left_key JOIN person_record b ON b.record_key = p.right_key "
                + "WHERE p.decision = 'REVIEW' AND a.person_id <> b.person_id "
                + "ORDER BY p.match_weight DESC, p.left_key, p.right_key", rs -> {
                    String l = rs.getString(1);
                    String r = rs.getString(2);
                    if (!done.contains(key(l, r))) {
                        String token = pseudonyms.pair(agreement, l, r);
                        out.putIfAbsent(token, new Pending(token, l, r, rs.getDouble(3), rs.getDouble(4), rs.getString(5)));
                    }
                    return null;
                });
        return List.copyOf(out.values());
    }

    public Optional<Pending> find(Snapshot s, String agreement, String token) {
        return pending(s, agreement).stream().filter(p -> p.token().equals(token)).findFirst();
    }

    private static String key(String a, String b) {
        return a.compareTo(b) <= 0 ? a + "\u0000" + b : b + "\u0000" + a;
    }
}
