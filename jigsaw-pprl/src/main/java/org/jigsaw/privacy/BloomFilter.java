package org.jigsaw.privacy;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.Base64;

/** A fixed-length bit vector: one field's Bloom-filter encoding. Immutable. */
public final class BloomFilter {
    private final long[] words;
    private final int bits;
    private final int cardinality;

    BloomFilter(long[] words, int bits) {
        this.words = words;
        this.bits = bits;
        int c = 0;
        for (long w : words) c += Long.bitCount(w);
        this.cardinality = c;
    }

    public int bits() {
        return bits;
    }

    /** Bits set. */
    public int cardinality() {
        return cardinality;
    }

    public boolean get(int i) {
        return (words[i >>> 6] & (1L << (i & 63))) != 0;
    }

    /**
     * Dice coefficient {@code 2|A∩B| / (|A|+|B|)}: the share of q-grams two encoded values have
     * in common, computed on the bits alone; 1 for identical values, near 0 for unrelated ones.
     */
    public double dice(BloomFilter other) {
        if (other.bits != bits) throw new IllegalArgumentException("Bloom filters of different lengths cannot be compared");
        int total = cardinality + other.cardinality;
        if (total == 0) return 0;
        int both = 0;
        for (int i = 0; i < words.length; i++) both += Long.bitCount(words[i] & other.words[i]);
        return 2.0 * both / total;
    }

    public String toBase64() {
        ByteBuffer b = ByteBuffer.allocate(words.length * 8).order(ByteOrder.LITTLE_ENDIAN);
        for (long w : words) b.putLong(w);
        return Base64.getEncoder().withoutPadding().encodeToString(Arrays.copyOf(b.array(), (bits + 7) / 8));
    }

    /** Parses {@link #toBase64()} output; a value of the wrong length is rejected. */
    public static BloomFilter fromBase64(String s, int bits) {
        byte[] raw = Base64.getDecoder().decode(s.trim());
        if (raw.length != (bits + 7) / 8) {
            throw new IllegalArgumentException("encoded value has " + raw.length * 8 + " bits, expected " + bits);
        }
        long[] words = new long[(bits + 63) / 64];
        ByteBuffer b = ByteBuffer.wrap(Arrays.copyOf(raw, words.length * 8)).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < words.length; i++) words[i] = b.getLong();
        return new BloomFilter(words, bits);
    }

    /**
     * The filter at the start of an encoded value ({@code <base64>[~parts]}), its length taken from
     * the bytes; null when the value is not a Bloom filter.
     */
    public static BloomFilter parse(String encoded) {
        if (encoded == null) return null;
        String main = PprlCodec.main(encoded);
        byte[] raw;
        try {
            raw = Base64.getDecoder().decode(main);
        } catch (IllegalArgumentException e) {
            return null;
        }
        if (raw.length < 8) return null;
        return fromBase64(main, raw.length * 8);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof BloomFilter f && f.bits == bits && Arrays.equals(f.words, words);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(words) * 31 + bits;
    }
}
