package org.jigsaw.synth;

/**
 * Record ids as agencies issue them: fixed-width numbers that reveal nothing about the person
 * and are stable for the same (person, slot) whatever the reference date. An affine map
 * x → (a·x + b) mod 10^digits with a coprime to 10 is a bijection, as is reversing the digits, so
 * distinct slots never collide.
 */
public final class IdMinter {
    private final long a;
    private final long b;
    private final long modulus;
    private final int digits;
    private final String prefix;

    public IdMinter(Seeds seeds, String source, String prefix, int digits) {
        this.digits = digits;
        this.prefix = prefix;
        long m = 1;
        for (int i = 0; i < digits; i++) m *= 10;
        this.modulus = m;
        long h = Math.floorMod(Seeds.mix(seeds.seed() ^ Seeds.hash(source)), m);
        long aa = h | 1;
        if (aa % 5 == 0) aa += 2;
        this.a = aa % m;
        this.b = Math.floorMod(Seeds.mix(h + 17), m);
    }

    public String id(long n) {
        if (n < 0 || n >= modulus) throw new IllegalArgumentException("id slot out of range");
        long v = affine(n);
        // Reversing the digits between two affine steps breaks the constant stride consecutive
        // slots would otherwise show (a giveaway that two ids belong to one person).
        v = Long.parseLong(new StringBuilder(SynthIds.pad(v, digits)).reverse().toString());
        return prefix + SynthIds.pad(affine(v), digits);
    }

    private long affine(long n) {
        long product = n == 0 || a <= Long.MAX_VALUE / n ? a * n % modulus : mulMod(a, n);
        return (product + b) % modulus;
    }

    private long mulMod(long x, long y) {
        return java.math.BigInteger.valueOf(x).multiply(java.math.BigInteger.valueOf(y))
                .mod(java.math.BigInteger.valueOf(modulus)).longValue();
    }

    /** The slot of a person's k-th record in a source (k &lt; 64). */
    public static long slot(Person p, int k) {
        return p.index() * 64L + k;
    }
}
