package org.jigsaw.privacy;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** HMAC-SHA256 with a fresh {@link Mac} per use, so callers can share one key across threads. */
final class Hmac {
    private final SecretKeySpec key;

    Hmac(byte[] key) {
        if (key == null || key.length < 16) throw new IllegalArgumentException("a key needs at least 128 bits");
        this.key = new SecretKeySpec(key.clone(), "HmacSHA256");
    }

    Mac mac() {
        try {
            Mac m = Mac.getInstance("HmacSHA256");
            m.init(key);
            return m;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }

    byte[] of(String text) {
        return mac().doFinal(text.getBytes(StandardCharsets.UTF_8));
    }

    /** A sub-key for one purpose (e.g. one field), so encodings of different fields are unrelated. */
    Hmac derive(String label) {
        return new Hmac(of("jigsaw-derive:" + label));
    }
}
