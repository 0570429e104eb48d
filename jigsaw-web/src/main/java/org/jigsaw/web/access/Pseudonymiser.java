package org.jigsaw.web.access;

import java.security.SecureRandom;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.apache.commons.codec.binary.Base32;
import org.apache.commons.codec.digest.HmacAlgorithms;
import org.apache.commons.codec.digest.HmacUtils;
import org.jigsaw.privacy.Pseudonyms;
import org.jigsaw.web.snapshot.Snapshot;

/**
 * Pseudonyms the dashboard shows instead of internal IDs. A child's pseudonym is the governance
 * module's keyed pseudonym under the agreement that permits the look (so it matches what the CLI
 * prints under that agreement). Review-pair tokens only need to be opaque while the server runs,
 * so they use a key made at start-up and never stored.
 */
public final class Pseudonymiser {
    private final Function<String, Pseudonyms> byAgreement;
    private final Map<String, Pseudonyms> cache = new ConcurrentHashMap<>();
    private final Map<String, Map<String, String>> reverse = new ConcurrentHashMap<>();
    private final HmacUtils pairKey;

    /** @param byAgreement the pseudonyms of an agreement (throws when its key is missing) */
    public Pseudonymiser(Function<String, Pseudonyms> byAgreement) {
        this.byAgreement = byAgreement;
        byte[] k = new byte[32];
        new SecureRandom().nextBytes(k);
        this.pairKey = new HmacUtils(HmacAlgorithms.HMAC_SHA_256, k);
    }

    public String person(String agreement, String personId) {
        return cache.computeIfAbsent(agreement, byAgreement).of(personId);
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

    /** An opaque, order-independent token for a candidate pair. */
    public String pair(String leftKey, String rightKey) {
        String a = leftKey.compareTo(rightKey) <= 0 ? leftKey : rightKey;
        String b = a.equals(leftKey) ? rightKey : leftKey;
        byte[] mac = pairKey.hmac(a + "\u0000" + b);
        return "R-" + new Base32().encodeAsString(java.util.Arrays.copyOf(mac, 10)).substring(0, 12);
    }
}
