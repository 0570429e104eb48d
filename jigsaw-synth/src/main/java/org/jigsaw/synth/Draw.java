package org.jigsaw.synth;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.random.RandomGenerator;

/** Small sampling helpers over a {@link RandomGenerator}. */
public final class Draw {
    private Draw() {
    }

    public static boolean chance(RandomGenerator rng, double p) {
        return rng.nextDouble() < p;
    }

    public static int weighted(RandomGenerator rng, double[] weights) {
        double total = 0;
        for (double w : weights) total += w;
        double u = rng.nextDouble() * total;
        for (int i = 0; i < weights.length; i++) {
            u -= weights[i];
            if (u < 0) return i;
        }
        return weights.length - 1;
    }

    public static <T> T pick(RandomGenerator rng, T[] items, double[] weights) {
        return items[weighted(rng, weights)];
    }

    public static <T> T pick(RandomGenerator rng, T[] items) {
        return items[rng.nextInt(items.length)];
    }

    /** A date uniformly in [from, to). */
    public static LocalDate between(RandomGenerator rng, LocalDate from, LocalDate to) {
        long days = ChronoUnit.DAYS.between(from, to);
        return days <= 0 ? from : from.plusDays(rng.nextLong(days));
    }

    public static LocalDate plusDays(LocalDate d, double days) {
        return d.plusDays(Math.round(days));
    }

    /** Exponential with the given mean. */
    public static double exponential(RandomGenerator rng, double mean) {
        return -mean * Math.log(1 - rng.nextDouble());
    }

    public static double uniform(RandomGenerator rng, double lo, double hi) {
        return lo + (hi - lo) * rng.nextDouble();
    }

    /**
     * A wait in days matching a published waiting-list shape: the share over 18 weeks and over
     * 52 weeks; under 18 weeks uniform, 18–52 uniform, over 52 up to two years.
     */
    public static long waitDays(RandomGenerator rng, double over18, double over52) {
        double u = rng.nextDouble();
        double weeks;
        if (u < over52) weeks = uniform(rng, 52, 104);
        else if (u < over18) weeks = uniform(rng, 18, 52);
        else weeks = uniform(rng, 1, 18);
        return Math.round(weeks * 7);
    }

    /** Poisson count (Knuth; fine for small means). */
    public static int poisson(RandomGenerator rng, double mean) {
        double l = Math.exp(-mean), p = 1;
        int k = 0;
        do {
            k++;
            p *= rng.nextDouble();
        } while (p > l);
        return k - 1;
    }

    public static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    public static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
