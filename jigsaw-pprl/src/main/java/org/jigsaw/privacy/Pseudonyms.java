package org.jigsaw.privacy;

import org.jigsaw.keys.KeyFile;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.commons.codec.binary.Base32;
import org.jigsaw.keys.Hmac;

/**
 * Keyed pseudonyms for person and record IDs shown outside the linkage core: HMAC-SHA256 of the
 * internal ID under the key of one data-sharing agreement. The same child has unrelated
 * pseudonyms under two agreements, so outputs shared under different agreements cannot be
 * joined without the keys; without the key a pseudonym cannot be reversed by guessing IDs.
 *
 * <p>A pseudonym is {@code P} followed by 16 base32 characters (80 bits): collisions are
 * negligible at national scale (15M children: ~1e-10).
 */
public final class Pseudonyms {
    private final Hmac hmac;
    private final String agreement;

    public Pseudonyms(byte[] key, String agreement) {
        this.hmac = new Hmac(key).derive("pseudonym:" + agreement);
        this.agreement = agreement;
    }

    /** The pseudonyms of {@code agreement}, with its key from {@code keys}. */
    public static Pseudonyms forAgreement(KeyFile keys, String agreement) {
        return new Pseudonyms(keys.key(agreement), agreement);
    }

    /** Loads {@code keyFile}, refusing one inside {@code areaDir}. */
    public static Pseudonyms forAgreement(Path keyFile, Path areaDir, String agreement) throws IOException {
        KeyFile.requireOutside(keyFile, areaDir);
        return forAgreement(KeyFile.load(keyFile), agreement);
    }

    public String agreement() {
        return agreement;
    }

    /** The pseudonym of an internal person or record ID. */
    public String of(String internalId) {
        if (internalId == null) throw new IllegalArgumentException("no id to pseudonymise");
        byte[] h = hmac.of(internalId);
        byte[] head = java.util.Arrays.copyOf(h, 10);
        return "P" + new Base32().encodeToString(head).toUpperCase(Locale.ROOT);
    }
}
