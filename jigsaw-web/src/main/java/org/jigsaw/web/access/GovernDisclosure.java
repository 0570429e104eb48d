package org.jigsaw.web.access;

import java.util.Locale;
import org.jigsaw.govern.Released;
import org.jigsaw.govern.Suppression;
import org.jigsaw.web.view.Cell;

/**
 * Disclosure through the governance {@link Suppression} rule in force for the area: counts and
 * statistics exactly as the rule releases them; rates and percentages computed from the released
 * (rounded) numerator and denominator, so a derived figure cannot undo the rounding.
 */
public final class GovernDisclosure implements Disclosure {
    private final Suppression rule;

    public GovernDisclosure(Suppression rule) {
        this.rule = rule;
    }

    public Suppression rule() {
        return rule;
    }

    private static Cell cell(Released r, String text) {
        return r.suppressed() ? Cell.text(Released.MARK) : Cell.number(text, r.value());
    }

    @Override
    public String describe() {
        return rule.describe();
    }

    @Override
    public Cell count(long n) {
        return countCell(rule.count(n));
    }

    @Override
    public <K> java.util.Map<K, Cell> counts(org.jigsaw.govern.AdditiveCounts<K> counts) {
        java.util.Map<K, Cell> out = new java.util.HashMap<>();
        counts.release(rule).forEach((k, r) -> out.put(k, countCell(r)));
        return out;
    }

    private static Cell countCell(Released r) {
        return r.suppressed() ? Cell.text(Released.MARK) : Cell.number(String.format(Locale.ROOT, "%,d", (long) r.value()), r.value());
    }

    @Override
    public Cell percent(long numerator, long denominator) {
        Released r = rule.rate(numerator, denominator, 100.0);
        return cell(r, String.format(Locale.ROOT, "%.1f%%", r.value()));
    }

    @Override
    public Cell per10000(long numerator, long population) {
        Released r = rule.rate(numerator, population, 10_000.0);
        return cell(r, String.format(Locale.ROOT, "%.1f", r.value()));
    }

    @Override
    public Cell statistic(double value, long basedOn, String unit) {
        Released r = rule.statistic(value, basedOn);
        return cell(r, r.value() == Math.rint(r.value()) ? String.format(Locale.ROOT, "%.0f", r.value()) : String.format(Locale.ROOT, "%.1f", r.value()));
    }
}
