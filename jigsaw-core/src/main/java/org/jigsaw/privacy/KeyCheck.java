package org.jigsaw.privacy;

import java.util.HexFormat;

/**
 * A key check value: a short, one-way fingerprint of a key (HMAC of a fixed label, first 4
 * bytes), written next to everything encoded with the key, so two parties can confirm they hold
 * the same key — and a wrong key is caught — without ever showing the key.
 */
public final class KeyCheck {
    private KeyCheck() {
    }

    public static String of(byte[] key) {
        byte[] h = new Hmac(key).of("jigsaw-key-check-v1");
        return HexFormat.of().formatHex(h, 0, 4);
    }
}
