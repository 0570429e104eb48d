package org.jigsaw.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jigsaw.cohort.CohortDefinition;
import org.jigsaw.cohort.CohortSet;
import org.jigsaw.cohort.CohortSql;
import org.jigsaw.cohort.EvaluationContext;
import org.jigsaw.cohort.KpiDefinition;

/**
 * Evaluates a cohort set in a DuckDB database holding {@code person} and {@code fact} (a snapshot
 * being written, or ground-truth tables): fills {@code cohort_member}, {@code cohort_definition},
 * {@code kpi_definition} and {@code kpi_value}. Every cohort also gets a count KPI
 * {@code cohort.<name>} broken down by age band and by geography (LA resident / ICB registered).
 */
public final class CohortEngine {
    private final CohortSet set;
    private final EvaluationContext context;

    public CohortEngine(CohortSet set, EvaluationContext context) {
        this.set = set.validate();
        this.context = context;
    }

    public CohortSet set() {
        return set;
    }

    /** Evaluates every cohort then every KPI, replacing earlier results in {@code c}. */
    public CohortResults evaluate(Connection c) throws SQLException {
        Schema.ensure(c, "cohort_member", "cohort_definition", "kpi_definition", "kpi_value");
        try (Statement s = c.createStatement()) {
            for (String t : List.of("cohort_member", "cohort_definition", "kpi_definition", "kpi_value")) s.execute("DELETE FROM " + t);
        }
        Map<String, Duration> times = new LinkedHashMap<>();
        CohortSql sql = new CohortSql(set, context);
        Map<String, String> memberSql = new LinkedHashMap<>();
        java.util.Set<String> done = new java.util.HashSet<>();
        for (CohortDefinition d : set.dependencyOrder()) {
            memberSql.put(d.name(), sql.members(d.name()));
            // run with earlier cohorts looked up, not re-derived: same answer, a fraction of the work
            String q = sql.withMaterialised(done).members(d.name());
            long t0 = System.nanoTime();
            try (Statement s = c.createStatement()) {
                s.executeUpdate("INSERT INTO cohort_member SELECT " + CohortSql.literal(d.name()) + ", person_id FROM (" + q + ") m");
            } catch (SQLException e) {
                throw new SQLException("cohort " + d.name() + " failed: " + e.getMessage(), e);
            }
            times.put("cohort." + d.name(), Duration.ofNanos(System.nanoTime() - t0));
            done.add(d.name());
        }
        List<KpiValue> values = new ArrayList<>(cohortCounts(c, sql));
        Map<String, Long> headline = new HashMap<>();
        values.stream().filter(KpiValue::headline).forEach(v -> headline.put(v.kpi().substring("cohort.".length()), v.numerator()));

        List<CohortCount> counts = new ArrayList<>();
        try (TableAppender defs = new TableAppender(c, "cohort_definition")) {
            for (CohortDefinition d : set.cohorts()) {
                long n = headline.getOrDefault(d.name(), 0L);
                counts.add(new CohortCount(d.name(), d.title(), d.description(), d.group(), n));
                defs.row(d.name(), d.title(), d.description(), d.group(), n, memberSql.get(d.name()));
            }
        }
        try (TableAppender defs = new TableAppender(c, "kpi_definition")) {
            for (CohortDefinition d : set.cohorts()) {
                defs.row("cohort." + d.name(), d.title(), "Members of cohort " + d.name(), "count", "count", memberSql.get(d.name()));
            }
            for (KpiDefinition k : set.kpis()) {
                String q = sql.kpi(k);
                long t0 = System.nanoTime();
                values.add(evaluateKpi(c, k, q));
                times.put("kpi." + k.name(), Duration.ofNanos(System.nanoTime() - t0));
                defs.row(k.name(), k.title(), k.description(), kind(k), k.unit(), q);
            }
        }
        try (TableAppender out = new TableAppender(c, "kpi_value")) {
            for (KpiValue v : values) out.row(v.kpi(), v.breakdown(), v.value(), v.numerator(), v.denominator(), v.unit());
        }
        return new CohortResults(counts, values, times);
    }

    /** Headline, age-band and geography counts of every cohort, in one pass over the members. */
    private List<KpiValue> cohortCounts(Connection c, CohortSql sql) throws SQLException {
        Map<String, List<KpiValue>> byCohort = new LinkedHashMap<>();
        for (CohortDefinition d : set.cohorts()) byCohort.put(d.name(), new ArrayList<>());
        String q = "SELECT m.cohort, " + sql.ageBand("p") + " AS band, COUNT(*) AS n, "
                + "SUM(CASE WHEN COALESCE(p.in_area, FALSE) THEN 1 ELSE 0 END) AS la, "
                + "SUM(CASE WHEN p.gp_icb = " + sql.icbLiteral() + " THEN 1 ELSE 0 END) AS icb "
                + "FROM cohort_member m JOIN person p ON p.person_id = m.person_id GROUP BY m.cohort, band";
        Map<String, long[]> totals = new HashMap<>();
        Map<String, Map<String, Long>> bands = new HashMap<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(q)) {
            while (rs.next()) {
                String cohort = rs.getString(1);
                long[] t = totals.computeIfAbsent(cohort, k -> new long[3]);
                t[0] += rs.getLong(3);
                t[1] += rs.getLong(4);
                t[2] += rs.getLong(5);
                bands.computeIfAbsent(cohort, k -> new HashMap<>()).put(rs.getString(2), rs.getLong(3));
            }
        }
        List<KpiValue> out = new ArrayList<>();
        for (String cohort : byCohort.keySet()) {
            long[] t = totals.getOrDefault(cohort, new long[3]);
            String kpi = "cohort." + cohort;
            out.add(new KpiValue(kpi, "", (double) t[0], t[0], null, "count"));
            Map<String, Long> b = bands.getOrDefault(cohort, Map.of());
            for (var band : set.ageBands()) {
                long n = b.getOrDefault(band.label(), 0L);
                out.add(new KpiValue(kpi, "age_band=" + band.label(), (double) n, n, null, "count"));
            }
            if (b.containsKey("unknown")) {
                out.add(new KpiValue(kpi, "age_band=unknown", (double) b.get("unknown"), b.get("unknown"), null, "count"));
            }
            out.add(new KpiValue(kpi, "geography=la_resident", (double) t[1], t[1], null, "count"));
            out.add(new KpiValue(kpi, "geography=icb_registered", (double) t[2], t[2], null, "count"));
        }
        return out;
    }

    private static KpiValue evaluateKpi(Connection c, KpiDefinition k, String q) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(q); ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) return new KpiValue(k.name(), "", null, null, null, k.unit());
            double v = rs.getDouble(1);
            Double value = rs.wasNull() ? null : v;
            long n = rs.getLong(2);
            Long num = rs.wasNull() ? null : n;
            long d = rs.getLong(3);
            Long den = rs.wasNull() ? null : d;
            return new KpiValue(k.name(), "", value, num, den, k.unit());
        } catch (SQLException e) {
            throw new SQLException("KPI " + k.name() + " failed: " + e.getMessage(), e);
        }
    }

    private static String kind(KpiDefinition k) {
        return k.getClass().getSimpleName().toLowerCase(Locale.ROOT);
    }
}
