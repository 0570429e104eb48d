package org.jigsaw.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jigsaw.govern.AdditiveCounts;
import org.jigsaw.govern.Released;
import org.jigsaw.govern.Suppression;

/**
 * How counts and KPIs print on a terminal: as the area's agreements release them (the dashboard's
 * figures), or exactly when the operator asked for {@code --exact} and the read was audited.
 */
final class Format {
    private final Suppression rule;

    private Format(Suppression rule) {
        this.rule = rule;
    }

    /** Figures under the disclosure rule (the strictest of the area's agreements). */
    static Format released(Suppression rule) {
        return new Format(rule);
    }

    /** Exact figures: only after an audited {@code --exact}. */
    static Format exact() {
        return new Format(null);
    }

    boolean isExact() {
        return rule == null;
    }

    String count(long n) {
        if (rule == null) return String.format(Locale.ROOT, "%,d", n);
        Released r = rule.count(n);
        return r.suppressed() ? Released.MARK : String.format(Locale.ROOT, "%,d", r.count());
    }

    /**
     * A cohort's size ({@code ""}) and its breakdowns ({@code dimension=value}), released together:
     * each dimension whose groups add up to the size is one line of {@link AdditiveCounts}, so a
     * {@code *} group cannot be worked out from the others.
     */
    Map<String, String> counts(Map<String, Long> sizes) {
        Map<String, String> out = new LinkedHashMap<>();
        if (rule == null) {
            sizes.forEach((k, n) -> out.put(k, count(n)));
            return out;
        }
        AdditiveCounts<String> together = new AdditiveCounts<>();
        sizes.forEach(together::count);
        Map<String, List<String>> byDimension = new LinkedHashMap<>();
        sizes.keySet().stream().filter(k -> k.contains("=")).forEach(k -> byDimension.computeIfAbsent(k.substring(0, k.indexOf('=')), d -> new ArrayList<>()).add(k));
        Long total = sizes.get("");
        byDimension.values().forEach(parts -> {
            if (total != null && parts.stream().mapToLong(sizes::get).sum() == total) together.line("", parts);
        });
        together.release(rule).forEach((k, r) -> out.put(k, r.suppressed() ? Released.MARK : String.format(Locale.ROOT, "%,d", r.count())));
        return out;
    }

    /** A KPI value with, for a percentage, the two counts it comes from. */
    String value(Double value, Long numerator, Long denominator, String unit) {
        if (value == null) return "n/a";
        String v = switch (unit) {
            case "percent" -> rated(value, numerator, denominator, 100.0, "%.1f%%");
            case "per_10000" -> rated(value, numerator, denominator, 10_000.0, "%.1f /10k");
            case "days" -> rule == null || (denominator != null && !rule.statistic(value, denominator).suppressed())
                    ? String.format(Locale.ROOT, "%.0f days", value) : Released.MARK;
            default -> numerator != null ? count(numerator) : rule == null ? String.format(Locale.ROOT, "%,.0f", value) : count(Math.round(value));
        };
        if (denominator != null && numerator != null && "percent".equals(unit)) v += " (" + count(numerator) + "/" + count(denominator) + ")";
        return v;
    }

    private String rated(double value, Long numerator, Long denominator, double per, String pattern) {
        if (rule == null) return String.format(Locale.ROOT, pattern, value);
        // without both counts there is nothing to release the rate from
        if (numerator == null || denominator == null) return Released.MARK;
        Released r = rule.rate(numerator, denominator, per);
        return r.suppressed() ? Released.MARK : String.format(Locale.ROOT, pattern, r.value());
    }
}
