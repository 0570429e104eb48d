package org.jigsaw.web.page;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jigsaw.store.Snapshot;
import org.jigsaw.web.access.Disclosure;
import org.jigsaw.web.view.Cell;

/** Headline KPI values of a snapshot, disclosed; cached per snapshot (snapshots never change). */
final class Kpis {
    /**
     * One KPI as released: {@code cell} the figure; {@code counted} and {@code outOf} the released
     * counts it is derived from (empty for a plain count), shown beside it so that a percentage or
     * rate is seen to come from the rounded counts and nothing finer.
     */
    record Kpi(String key, String unit, Cell cell, Cell counted, Cell outOf) {
    }

    private final Map<String, Map<String, Kpi>> bySnapshot = new ConcurrentHashMap<>();

    Map<String, Kpi> headline(Snapshot s, Disclosure d) {
        return bySnapshot.computeIfAbsent(s.name(), n -> {
            Map<String, Kpi> out = new LinkedHashMap<>();
            s.query("SELECT kpi, value, numerator, denominator, unit FROM kpi_value WHERE coalesce(breakdown, '') = '' ORDER BY kpi",
                    rs -> {
                        String unit = rs.getString(5) == null ? "count" : rs.getString(5);
                        double value = rs.getDouble(2);
                        long num = rs.getObject(3) == null ? Math.round(value) : rs.getLong(3);
                        long den = rs.getObject(4) == null ? 0 : rs.getLong(4);
                        out.put(rs.getString(1), new Kpi(rs.getString(1), unit, cell(d, unit, value, num, den),
                                unit.equals("count") ? Cell.text("") : d.count(num),
                                unit.equals("per_10000") || unit.equals("percent") ? d.count(den) : Cell.text("")));
                        return null;
                    });
            return out;
        });
    }

    static Cell cell(Disclosure d, String unit, double value, long num, long den) {
        return switch (unit) {
            case "count" -> d.count(num);
            case "per_10000" -> d.per10000(num, den);
            case "percent" -> d.percent(num, den);
            case "days" -> d.statistic(value, den > 0 ? den : num, "days");
            default -> d.statistic(value, num, unit);
        };
    }

    static String unitLabel(String unit) {
        return switch (unit) {
            case "per_10000" -> "per 10,000 aged 0 to 25";
            case "percent" -> "";
            case "days" -> "days";
            default -> "children and young people";
        };
    }

    /** The reference date of a snapshot, for trend axes (snapshot files never change, so it is looked up once). */
    static String date(Snapshot s) {
        return s.memo("reference_date", Kpis::lookupDate);
    }

    private static String lookupDate(Snapshot s) {
        List<String> r = s.query("SELECT coalesce(CAST(max(reference_date) AS VARCHAR), '') FROM run", rs -> rs.getString(1));
        return r.isEmpty() || r.get(0).isEmpty() ? s.name() : r.get(0);
    }
}
