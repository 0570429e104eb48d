package org.jigsaw.web.access;

import org.jigsaw.web.view.Cell;

/**
 * Statistical disclosure control for everything aggregate the dashboard shows, exports or serves:
 * every count, rate and statistic is turned into a {@link Cell} here and nowhere else.
 */
public interface Disclosure {

    /** A count of people. */
    Cell count(long n);

    /**
     * Counts that add up (a cohort under every filter and breakdown), released together so that no
     * hidden one can be worked out from the others: use it wherever a page shows several counts of
     * the same people cut different ways.
     */
    <K> java.util.Map<K, Cell> counts(org.jigsaw.govern.AdditiveCounts<K> counts);

    /**
     * A percentage of two counts, from their released values; hidden when either count is.
     * Show the two released counts beside it ({@link #count}) so a reader can see where it comes from.
     */
    Cell percent(long numerator, long denominator);

    /** A rate per 10,000 of the population, from the released numerator and population. */
    Cell per10000(long numerator, long population);

    /** A median, percentile or mean over {@code basedOn} people, in {@code unit} (e.g. "days"). */
    Cell statistic(double value, long basedOn, String unit);

    /** The rule in force, in words, for page ledes. */
    String describe();

    /** A difference between two already-disclosed counts (never between raw counts). */
    default Cell change(Cell now, Cell before) {
        if (now.value() == null || before.value() == null) return Cell.text("*");
        double d = now.value() - before.value();
        boolean whole = now.value() == Math.rint(now.value()) && before.value() == Math.rint(before.value());
        String text = whole ? String.format(java.util.Locale.ROOT, "%,d", (long) d) : String.format(java.util.Locale.ROOT, "%,.1f", d);
        return Cell.number((d > 0 ? "+" : "") + text, d);
    }
}
