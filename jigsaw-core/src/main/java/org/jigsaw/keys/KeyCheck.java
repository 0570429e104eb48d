package org.jigsaw.keys;

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
        // the encoders' HMAC, with their bar on key length: a check value of a weak key would vouch for it
        return HexFormat.of().formatHex(new Hmac(key).of("jigsaw-key-check-v1"), 0, 4);
    }
}
