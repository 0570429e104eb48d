package org.jigsaw.web.access;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.commons.codec.binary.Base32;
import org.apache.commons.codec.digest.HmacAlgorithms;
import org.apache.commons.codec.digest.HmacUtils;
import org.jigsaw.web.snapshot.Snapshot;

/**
 * Keyed pseudonyms for person IDs and review pairs shown outside the linkage core: HMAC-SHA256 of
 * the internal ID under a secret key kept outside the area folder. The same key gives the same
 * pseudonym on every snapshot, so a bookmark to a child survives a refresh; without the key a
 * pseudonym cannot be turned back into an internal ID.
 */
public final class Pseudonyms {
    private final HmacUtils hmac;
    private final Map<String, Map<String, String>> reverseBySnapshot = new ConcurrentHashMap<>();

    public Pseudonyms(byte[] key) {
        if (key.length < 32) throw new IllegalArgumentException("pseudonym key must be at least 32 bytes");
        this.hmac = new HmacUtils(HmacAlgorithms.HMAC_SHA_256, key);
    }

    /** Reads the key file, creating it (owner-only, 32 random bytes) on first use. */
    public static Pseudonyms fromKeyFile(Path file) throws IOException {
        if (!Files.exists(file)) {
            Files.createDirectories(file.toAbsolutePath().getParent());
            byte[] k = new byte[32];
            new SecureRandom().nextBytes(k);
            Files.write(file, k);
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException ignored) {
                // not a POSIX file system: the directory's permissions apply
            }
        }
        return new Pseudonyms(Files.readAllBytes(file));
    }

    /** e.g. {@code P-7K3QH2M9XD4F}: 60 bits of the HMAC, in Crockford-like base32 without padding. */
    public String person(String personId) {
        return "P-" + code("person:" + personId);
    }

    /** A token for a candidate pair in the review queue, order-independent. */
    public String pair(String leftKey, String rightKey) {
        String a = leftKey.compareTo(rightKey) <= 0 ? leftKey : rightKey;
        String b = a.equals(leftKey) ? rightKey : leftKey;
        return "R-" + code("pair:" + a + "\u0000" + b);
    }

    /** The internal person ID behind a pseudonym in this snapshot, if any. */
    public Optional<String> personIdFor(Snapshot snapshot, String pseudonym) {
        if (pseudonym == null) return Optional.empty();
        Map<String, String> reverse = reverseBySnapshot.computeIfAbsent(snapshot.name(), n -> {
            Map<String, String> m = new ConcurrentHashMap<>();
            for (String id : snapshot.query("SELECT person_id FROM person", rs -> rs.getString(1))) m.put(person(id), id);
            return m;
        });
        return Optional.ofNullable(reverse.get(pseudonym.trim().toUpperCase(Locale.ROOT)));
    }

    private String code(String s) {
        byte[] mac = hmac.hmac(s);
        String b32 = new Base32().encodeAsString(java.util.Arrays.copyOf(mac, 10));
        return b32.substring(0, 12);
    }
}
