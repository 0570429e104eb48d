package org.jigsaw.keys;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * HMAC-SHA256 under one key, safe to share across threads: each thread keeps its own initialised
 * {@link Mac} (looking one up per call costs more than the hashing itself).
 */
public final class Hmac {
    private final SecretKeySpec key;
    private final ThreadLocal<Mac> macs;

    public Hmac(byte[] key) {
        if (key == null || key.length < 16) throw new IllegalArgumentException("a key needs at least 128 bits");
        this.key = new SecretKeySpec(key.clone(), "HmacSHA256");
        this.macs = ThreadLocal.withInitial(this::fresh);
    }

    /** This thread's Mac, reset and ready; callers must finish with doFinal before calling again. */
    public Mac mac() {
        Mac m = macs.get();
        m.reset();
        return m;
    }

    private Mac fresh() {
        try {
            Mac m = Mac.getInstance("HmacSHA256");
            m.init(key);
            return m;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }

    public byte[] of(String text) {
        return mac().doFinal(text.getBytes(StandardCharsets.UTF_8));
    }

    /** A sub-key for one purpose (e.g. one field), so encodings of different fields are unrelated. */
    public Hmac derive(String label) {
        return new Hmac(of("jigsaw-derive:" + label));
    }
}
