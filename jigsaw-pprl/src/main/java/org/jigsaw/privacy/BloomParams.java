package org.jigsaw.privacy;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * How a fuzzy field is encoded.
 *
 * @param bits     filter length
 * @param hashes   positions set per q-gram
 * @param q        q-gram length (2 = bigrams)
 * @param balanced append the complement and permute (keyed), so every filter has exactly half its
 *                 bits set: the count of set bits no longer tells an attacker how long the name is
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record BloomParams(Integer bits, Integer hashes, Integer q, Boolean balanced) {
    public static final BloomParams DEFAULT = new BloomParams(1024, 20, 2, false);

    public BloomParams {
        bits = bits == null ? 1024 : bits;
        hashes = hashes == null ? 20 : hashes;
        q = q == null ? 2 : q;
        balanced = balanced != null && balanced;
        if (bits < 64 || bits > 65_536) throw new IllegalArgumentException("bloom bits must be 64..65536");
        if (hashes < 1 || hashes > 200) throw new IllegalArgumentException("bloom hashes must be 1..200");
        if (q < 1 || q > 4) throw new IllegalArgumentException("bloom q must be 1..4");
    }

    /** Bits in the encoded output (doubled when balanced). */
    public int outputBits() {
        return balanced ? bits * 2 : bits;
    }
}
