package org.jigsaw.privacy;

import java.util.Base64;
import org.jigsaw.keys.Hmac;

/**
 * Keyed encoding of an exact field (NHS number, date of birth, sex, postcode): HMAC-SHA256 under a
 * per-field key. Equal values give equal codes; without the key a code cannot be reversed by
 * hashing every possible NHS number or date (an unkeyed hash could be, in seconds).
 */
public final class ExactEncoder {
    private final Hmac key;

    public ExactEncoder(byte[] linkageKey, String field) {
        this.key = new Hmac(linkageKey).derive("exact:" + field);
    }

    /** The code of an already normalised value (URL-safe base64, 43 characters); null for blank. */
    public String encode(String normalised) {
        if (normalised == null || normalised.isBlank()) return null;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(key.of(normalised));
    }

    byte[] raw(String value) {
        return key.of(value);
    }
}
