package org.jigsaw.keys;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A key check value: a short, one-way fingerprint of a key (HMAC of a fixed label, first 4
 * bytes), written next to everything encoded with the key, so two parties can confirm they hold
 * the same key — and a wrong key is caught — without ever showing the key.
 */
public final class KeyCheck {
    private KeyCheck() {
    }

    public static String of(byte[] key) {
        // the same bar as the encoders' HMAC: a check value of a weak key would vouch for it
        if (key == null || key.length < 16) throw new IllegalArgumentException("a key needs at least 128 bits");
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            byte[] h = mac.doFinal("jigsaw-key-check-v1".getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(h, 0, 4);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }
}
