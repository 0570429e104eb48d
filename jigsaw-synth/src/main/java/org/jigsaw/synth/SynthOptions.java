package org.jigsaw.synth;

import java.time.LocalDate;

/**
 * What to generate.
 *
 * @param children   residents aged 0–25 on the base reference date (the denominator)
 * @param seed       the seed; same seed and options ⇒ byte-identical files
 * @param termsLater how many school terms (4 months each) after the base reference date the
 *                   extracts are taken; the people and their lives are the same for every value
 */
public record SynthOptions(int children, long seed, int termsLater) {
    /** Spring School Census day 2026 (third Thursday of January). */
    public static final LocalDate BASE_REFERENCE_DATE = LocalDate.of(2026, 1, 15);
    /** Lives are simulated this many terms ahead, so any --terms-later up to it shows the same people. */
    public static final int MAX_TERMS = 12;

    public SynthOptions {
        if (children < 100) throw new IllegalArgumentException("--children must be at least 100");
        if (children > 1_000_000) throw new IllegalArgumentException("--children must be at most 1,000,000");
        if (termsLater < 0 || termsLater > MAX_TERMS)
            throw new IllegalArgumentException("--terms-later must be between 0 and " + MAX_TERMS);
    }

    public LocalDate referenceDate() {
        return BASE_REFERENCE_DATE.plusMonths(4L * termsLater);
    }

    public static LocalDate horizon() {
        return BASE_REFERENCE_DATE.plusMonths(4L * MAX_TERMS);
    }
}
