package org.jigsaw.govern;

/**
 * One figure after statistical disclosure control, ready for a screen, CSV or API.
 *
 * @param suppressed true when the figure must not be shown
 * @param value      the releasable (rounded) value; NaN when suppressed
 * @param display    what to print: the value, or {@code *} when suppressed
 */
public record Released(boolean suppressed, double value, String display) {
    public static final String MARK = "*";

    static Released hidden() {
        return new Released(true, Double.NaN, MARK);
    }

    static Released count(long n) {
        return new Released(false, n, Long.toString(n));
    }

    /** The released count; throws when suppressed, so callers cannot leak a hidden value by accident. */
    public long count() {
        if (suppressed) throw new IllegalStateException("suppressed figure has no value");
        return (long) value;
    }
}
