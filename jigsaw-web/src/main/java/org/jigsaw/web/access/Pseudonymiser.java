package org.jigsaw.web.access;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.jigsaw.privacy.Pseudonyms;
import org.jigsaw.store.Snapshot;

/**
 * Pseudonyms the dashboard shows, and writes to the audit log, instead of internal IDs: keyed
 * pseudonyms under the agreement that permits the look (so a child's matches what the CLI prints
 * under that agreement), stable across restarts and refreshes, irreversible without the key.
 */
public final class Pseudonymiser {
    private final Function<String, Pseudonyms> byAgreement;
    private final Map<String, Pseudonyms> cache = new ConcurrentHashMap<>();
    private final Map<String, Map<String, String>> reverse = new ConcurrentHashMap<>();

    /** @param byAgreement the pseudonyms of an agreement (throws when its key is missing) */
    public Pseudonymiser(Function<String, Pseudonyms> byAgreement) {
        this.byAgreement = byAgreement;
    }

    public String person(String agreement, String personId) {
        return cache.computeIfAbsent(agreement, byAgreement).of(personId);
    }

    /** A source record's pseudonym (record keys and person IDs never coincide). */
    public String record(String agreement, String recordKey) {
        return person(agreement, recordKey);
    }

    /** The internal person ID behind {@code pseudonym} under {@code agreement} in this snapshot. */
    public Optional<String> personIdFor(Snapshot s, String agreement, String pseudonym) {
        if (pseudonym == null || pseudonym.isBlank()) return Optional.empty();
        Map<String, String> m = reverse.computeIfAbsent(s.name() + "|" + agreement, k -> {
            Map<String, String> r = new ConcurrentHashMap<>();
            for (String id : s.query("SELECT person_id FROM person", rs -> rs.getString(1))) r.put(person(agreement, id), id);
            return r;
        });
        return Optional.ofNullable(m.get(pseudonym.trim()));
    }

    /** An order-independent token for a candidate pair, under {@code agreement}'s key. */
    public String pair(String agreement, String leftKey, String rightKey) {
        String a = leftKey.compareTo(rightKey) <= 0 ? leftKey : rightKey;
        String b = a.equals(leftKey) ? rightKey : leftKey;
        return "R" + person(agreement, "pair\u0000" + a + "\u0000" + b).substring(1);
    }
}
