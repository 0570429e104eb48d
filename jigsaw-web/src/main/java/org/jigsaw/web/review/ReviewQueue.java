package org.jigsaw.web.review;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jigsaw.link.Decision;
import org.jigsaw.link.ReviewDecision;
import org.jigsaw.store.Snapshot;
import org.jigsaw.web.access.Pseudonymiser;

/**
 * The clerical review queue: pairs the linker left between its thresholds, minus those already
 * decided (in the snapshot's {@code review_decision} or in the decisions file since); and the
 * decisions made, which a reviewer may change (a later line in the file overrides an earlier one).
 */
public final class ReviewQueue {
    /**
     * A review pair with its token (stable under the review agreement's key).
     *
     * @param records     how many records the two children's clusters hold together: what a decision joins or keeps apart
     * @param leftDataset the dataset of each record, for the agreement's field rule
     * @param same        which identifying fields agree, for the twin warning (used only where the agreement shares them)
     */
    public record Pending(String token, String leftKey, String rightKey, double weight, double probability, String explanation,
                          int records, String leftDataset, String rightDataset, Same same) {
    }

    /** Whether family name, date of birth and postcode agree and the given names differ (both present). */
    public record Same(boolean familyName, boolean dob, boolean postcode, boolean givenNameDiffers) {
        public boolean twinPattern() {
            return familyName && dob && postcode && givenNameDiffers;
        }
    }

    /** A decided pair: the decision in force, who made it and when, and whether it waits for the next refresh. */
    public record Decided(Pending pair, Decision decision, String reviewer, java.time.Instant at, boolean sinceRefresh) {
    }

    private final DecisionFile decisions;
    private final Pseudonymiser pseudonyms;
    /** Every review pair of a snapshot (immutable, so computed once per snapshot and agreement). */
    private final Map<String, Pairs> bySnapshot = new java.util.concurrent.ConcurrentHashMap<>();

    private record Pairs(List<Pending> all, Map<String, ReviewDecision> decidedInSnapshot) {
    }

    public ReviewQueue(DecisionFile decisions, Pseudonymiser pseudonyms) {
        this.decisions = decisions;
        this.pseudonyms = pseudonyms;
    }

    /** @param agreement the agreement permitting the review, whose key makes the pairs' tokens */
    public List<Pending> pending(Snapshot s, String agreement) {
        Map<String, ReviewDecision> done = latest(s, agreement);
        return pairs(s, agreement).all().stream().filter(p -> !done.containsKey(key(p.leftKey(), p.rightKey()))).toList();
    }

    /** The decided pairs, latest decision first. */
    public List<Decided> decided(Snapshot s, String agreement) {
        Pairs pairs = pairs(s, agreement);
        Map<String, ReviewDecision> done = latest(s, agreement);
        Map<String, ReviewDecision> file = fromFile();
        List<Decided> out = new ArrayList<>();
        for (Pending p : pairs.all()) {
            ReviewDecision d = done.get(key(p.leftKey(), p.rightKey()));
            if (d != null) out.add(new Decided(p, d.decision(), d.reviewer(), d.decidedAt(), file.containsKey(key(p.leftKey(), p.rightKey()))));
        }
        out.sort(java.util.Comparator.comparing((Decided d) -> d.at() == null ? java.time.Instant.EPOCH : d.at()).reversed());
        return out;
    }

    /** A pair waiting or decided, by token. */
    public Optional<Pending> find(Snapshot s, String agreement, String token) {
        return pairs(s, agreement).all().stream().filter(p -> p.token().equals(token)).findFirst();
    }

    /** The decision in force for a pair, if any. */
    public Optional<Decided> decision(Snapshot s, String agreement, String token) {
        return decided(s, agreement).stream().filter(d -> d.pair().token().equals(token)).findFirst();
    }

    private Map<String, ReviewDecision> fromFile() {
        Map<String, ReviewDecision> m = new HashMap<>();
        for (ReviewDecision d : decisions.read()) m.put(key(d.leftKey(), d.rightKey()), d);   // a later line overrides
        return m;
    }

    private Map<String, ReviewDecision> latest(Snapshot s, String agreement) {
        Map<String, ReviewDecision> m = new HashMap<>(pairs(s, agreement).decidedInSnapshot());
        m.putAll(fromFile());
        return m;
    }

    private Pairs pairs(Snapshot s, String agreement) {
        return bySnapshot.computeIfAbsent(s.name() + "|" + agreement, n -> read(s, agreement));
    }

    private Pairs read(Snapshot s, String agreement) {
        Map<String, ReviewDecision> inSnapshot = new HashMap<>();
        s.query("SELECT left_key, right_key, decision, coalesce(reviewer, ''), decided_at FROM review_decision", rs -> {
            java.sql.Timestamp at = rs.getTimestamp(5);
            Decision d = Decision.valueOf(rs.getString(3));
            return inSnapshot.put(key(rs.getString(1), rs.getString(2)),
                    new ReviewDecision(rs.getString(1), rs.getString(2), d, rs.getString(4), at == null ? null : at.toInstant()));
        });
        Map<String, Pending> out = new LinkedHashMap<>();
        // waiting pairs whose records other links already put in one person need no reviewer; decided pairs are kept so they can be changed
        s.query("SELECT p.left_key, p.right_key, p.match_weight, p.match_probability, coalesce(p.explanation, ''), "
                + "coalesce(pa.records, 1) + CASE WHEN a.person_id = b.person_id THEN 0 ELSE coalesce(pb.records, 1) END, "
                + "coalesce(da.dataset, ra.source), coalesce(db.dataset, rb.source), "
                + "coalesce(ra.family_name = rb.family_name, false), coalesce(ra.dob = rb.dob, false), coalesce(ra.postcode = rb.postcode, false), "
                + "coalesce(ra.given_name <> rb.given_name, false), a.person_id <> b.person_id "
                + "FROM pair p JOIN person_record a ON a.record_key = p.left_key JOIN person_record b ON b.record_key = p.right_key "
                + "LEFT JOIN person pa ON pa.person_id = a.person_id LEFT JOIN person pb ON pb.person_id = b.person_id "
                + "JOIN record ra ON ra.record_key = p.left_key JOIN record rb ON rb.record_key = p.right_key "
                + "LEFT JOIN (SELECT source, any_value(dataset) AS dataset FROM source_run GROUP BY source) da ON da.source = ra.source "
                + "LEFT JOIN (SELECT source, any_value(dataset) AS dataset FROM source_run GROUP BY source) db ON db.source = rb.source "
                + "WHERE p.decision = 'REVIEW' OR p.decision LIKE 'CLERICAL%' "
                + "ORDER BY p.match_weight DESC, p.left_key, p.right_key", rs -> {
                    String l = rs.getString(1);
                    String r = rs.getString(2);
                    boolean apart = rs.getBoolean(13);
                    if (!apart && !inSnapshot.containsKey(key(l, r))) return null;
                    String token = pseudonyms.pair(agreement, l, r);
                    out.putIfAbsent(token, new Pending(token, l, r, rs.getDouble(3), rs.getDouble(4), rs.getString(5), rs.getInt(6),
                            rs.getString(7), rs.getString(8), new Same(rs.getBoolean(9), rs.getBoolean(10), rs.getBoolean(11), rs.getBoolean(12))));
                    return null;
                });
        return new Pairs(List.copyOf(out.values()), Map.copyOf(inSnapshot));
    }

    private static String key(String a, String b) {
        return a.compareTo(b) <= 0 ? a + "\u0000" + b : b + "\u0000" + a;
    }
}
