package org.jigsaw.cli;

import org.jigsaw.store.KpiValue;

/** How KPI values print on a terminal. */
final class Format {
    private Format() {
    }

    static String value(KpiValue k) {
        if (k.value() == null) return "n/a";
        String v = switch (k.unit()) {
            case "percent" -> String.format("%.1f%%", k.value());
            case "per_10000" -> String.format("%.1f /10k", k.value());
            case "days" -> String.format("%.0f days", k.value());
            default -> String.format("%,.0f", k.value());
        };
        if (k.denominator() != null && "percent".equals(k.unit())) v += String.format(" (%,d/%,d)", k.numerator(), k.denominator());
        return v;
    }
}
