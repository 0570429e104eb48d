package org.jigsaw.synth;

import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

/**
 * Independent random streams derived from one seed. Every stream is keyed by a name (and
 * optionally a number such as a person index), never by the order in which other streams were
 * drawn, so adding a source or a fault does not shift every other value, and a person's life is
 * the same whatever {@code --terms-later} asks for.
 */
public final class Seeds {
    private final long seed;

    public Seeds(long seed) {
        this.seed = seed;
    }

    public long seed() {
        return seed;
    }

    public RandomGenerator stream(String name) {
        return new SplittableRandom(mix(seed ^ hash(name)));
    }

    public RandomGenerator stream(String name, long key) {
        // Mixed again: SplittableRandom itself steps its state by this golden gamma, so unmixed
        // seeds key·γ apart would make person k's second draw equal person k+1's first.
        return new SplittableRandom(mix(mix(seed ^ hash(name)) + key * 0x9E3779B97F4A7C15L) ^ 0x5851F42D4C957F2DL);
    }

    public RandomGenerator stream(String name, long key, String sub) {
        return new SplittableRandom(mix(mix(mix(seed ^ hash(name)) + key * 0x9E3779B97F4A7C15L) ^ hash(sub)));
    }

    /** A stable 64-bit hash of a string (FNV-1a over UTF-8): String.hashCode is only 32 bits. */
    static long hash(String s) {
        long h = 0xcbf29ce484222325L;
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            h ^= (b & 0xff);
            h *= 0x100000001b3L;
        }
        return h;
    }

    /** SplitMix64 finaliser. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
