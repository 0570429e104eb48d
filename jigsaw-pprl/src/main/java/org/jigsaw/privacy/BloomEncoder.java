package org.jigsaw.privacy;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Set;
import javax.crypto.Mac;
import org.jigsaw.keys.Hmac;

/**
 * Field-level Bloom-filter encoding of a fuzzy field (a name) for privacy-preserving linkage.
 *
 * <p>The value's padded q-grams ({@code _J JO OH HN N_} for JOHN) are each mapped to
 * {@code hashes} bit positions. Hardening against the known attacks on plain Bloom filters:
 * <ul>
 *   <li><b>keyed hashing</b>: positions come from HMAC-SHA256 under a secret key, so without the
 *       key nobody can build a dictionary of q-gram positions;</li>
 *   <li><b>per-field salt</b>: each field has its own key derived from the linkage key and the field
 *       name, so the same q-gram sets different bits in given and family names, and frequency
 *       patterns cannot be pooled across fields;</li>
 *   <li><b>random hashing</b> rather than double hashing: every position is drawn independently
 *       from the HMAC stream, which removes the arithmetic structure the double-hashing attack
 *       (Kroll and Steinmetzer 2015) exploits;</li>
 *   <li>optional <b>balancing</b>: filter plus complement, permuted under the key, so the number of
 *       set bits is the same for every value.</li>
 * </ul>
 * Two values' similarity survives encoding: the Dice coefficient of their filters tracks the Dice
 * coefficient of their q-gram sets.
 */
public final class BloomEncoder {
    private final Hmac key;
    private final BloomParams params;
    private final int[] permutation;

    public BloomEncoder(byte[] linkageKey, String field, BloomParams params) {
        this.key = new Hmac(linkageKey).derive("bloom:" + field);
        this.params = params;
        this.permutation = params.balanced() ? permutation(key, params.outputBits()) : null;
    }

    public BloomParams params() {
        return params;
    }

    /** The filter of an already normalised value; blank values are not encoded (return null). */
    public BloomFilter encode(String normalised) {
        if (normalised == null || normalised.isBlank()) return null;
        int bits = params.bits();
        long[] words = new long[(params.outputBits() + 63) / 64];
        Mac mac = key.mac();
        for (String gram : qgrams(normalised, params.q())) {
            byte[] g = gram.getBytes(StandardCharsets.UTF_8);
            int set = 0;
            for (int block = 0; set < params.hashes(); block++) {
                mac.update(g);
                mac.update((byte) 0);
                mac.update((byte) block);
                byte[] h = mac.doFinal();
                for (int i = 0; i + 4 <= h.length && set < params.hashes(); i += 4, set++) {
                    int x = ((h[i] & 0xff) << 24) | ((h[i + 1] & 0xff) << 16) | ((h[i + 2] & 0xff) << 8) | (h[i + 3] & 0xff);
                    int pos = (int) (Integer.toUnsignedLong(x) % bits);
                    words[pos >>> 6] |= 1L << (pos & 63);
                }
            }
        }
        if (params.balanced()) {
            long[] out = new long[words.length];
            for (int i = 0; i < params.outputBits(); i++) {
                boolean bit = i < bits ? (words[i >>> 6] & (1L << (i & 63))) != 0 : (words[(i - bits) >>> 6] & (1L << ((i - bits) & 63))) == 0;
                if (bit) {
                    int p = permutation[i];
                    out[p >>> 6] |= 1L << (p & 63);
                }
            }
            words = out;
        }
        return new BloomFilter(words, params.outputBits());
    }

    /** Padded q-grams: {@code _} marks the start and end so first and last letters count. */
    static Set<String> qgrams(String s, int q) {
        String padded = "_".repeat(q - 1) + s + "_".repeat(q - 1);
        Set<String> out = new LinkedHashSet<>();
        int[] cps = padded.codePoints().toArray();
        for (int i = 0; i + q <= cps.length; i++) out.add(new String(cps, i, q));
        return out;
    }

    /** A keyed Fisher–Yates shuffle driven by the HMAC stream. */
    private static int[] permutation(Hmac key, int n) {
        int[] p = new int[n];
        for (int i = 0; i < n; i++) p[i] = i;
        Mac mac = key.mac();
        byte[] stream = new byte[0];
        int at = 0;
        int counter = 0;
        for (int i = n - 1; i > 0; i--) {
            if (at + 4 > stream.length) {
                mac.update(("perm" + counter++).getBytes(StandardCharsets.US_ASCII));
                stream = mac.doFinal();
                at = 0;
            }
            long x = Integer.toUnsignedLong(((stream[at] & 0xff) << 24) | ((stream[at + 1] & 0xff) << 16)
                    | ((stream[at + 2] & 0xff) << 8) | (stream[at + 3] & 0xff));
            at += 4;
            int j = (int) (x % (i + 1));
            int t = p[i];
            p[i] = p[j];
            p[j] = t;
        }
        return p;
    }
}
