package org.jigsaw.cohort;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Compiles cohort and KPI definitions to SQL over the snapshot tables {@code person},
 * {@code fact} and {@code cohort_member} (names configurable, so the same definitions run on
 * ground-truth tables or in Spark). Dates are computed here and inlined as {@code DATE} literals,
 * which keeps the SQL portable and lets the engine prune on them.
 */
public final class CohortSql {
    private static final Pattern SAFE_TABLE = Pattern.compile("[A-Za-z_][A-Za-z0-9_.]*");

    /** Table names the SQL reads. */
    public record Tables(String person, String fact, String member) {
        public static final Tables SNAPSHOT = new Tables("person", "fact", "cohort_member");

        public Tables {
            for (String t : List.of(person, fact, member)) {
                if (!SAFE_TABLE.matcher(t).matches()) throw new IllegalArgumentException("bad table name " + t);
            }
        }
    }

    private final CohortSet set;
    private final EvaluationContext context;
    private final SqlDialect dialect;
    private final Tables tables;
    private int aliases;
    private java.util.Set<String> materialised = java.util.Set.of();

    public CohortSql(CohortSet set, EvaluationContext context, SqlDialect dialect, Tables tables) {
        this.set = set;
        this.context = context;
        this.dialect = dialect;
        this.tables = tables;
    }

    public CohortSql(CohortSet set, EvaluationContext context) {
        this(set, context, SqlDialect.DUCKDB, Tables.SNAPSHOT);
    }

    /**
     * Compile references to these cohorts as lookups in the member table instead of inlining their
     * definitions (the engine evaluates cohorts in dependency order, so they are there already).
     */
    public CohortSql withMaterialised(java.util.Set<String> cohorts) {
        CohortSql copy = new CohortSql(set, context, dialect, tables);
        copy.materialised = java.util.Set.copyOf(cohorts);
        return copy;
    }

    /** {@code SELECT p.person_id FROM person p WHERE …}: the cohort's members at the reference date. */
    public String members(String cohort) {
        aliases = 0;
        String scope = context.ageMax() == null ? ""
                : " AND (p.dob IS NULL OR (" + ageCondition("p", context.ageMin() == null ? 0 : context.ageMin(), context.ageMax()) + "))";
        return "SELECT p.person_id FROM " + tables.person + " p WHERE " + condition(set.cohort(cohort).where(), "p") + scope;
    }

    /** The WHERE condition of {@code criterion} for the person row aliased {@code p}. */
    public String condition(Criterion c, String p) {
        if (c instanceof Criterion.All all) {
            return all.of().stream().map(x -> condition(x, p)).collect(Collectors.joining(" AND ", "(", ")"));
        }
        if (c instanceof Criterion.Any any) {
            return anyOf(any.of(), p);
        }
        if (c instanceof Criterion.Not not) {
            return "NOT " + condition(not.of(), p);
        }
        if (c instanceof Criterion.InCohort ref) {
            if (materialised.contains(ref.name())) {
                return p + ".person_id IN (SELECT person_id FROM " + tables.member + " WHERE cohort = " + literal(ref.name()) + ")";
            }
            return condition(set.cohort(ref.name()).where(), p);
        }
        if (c instanceof Criterion.AgeBetween age) {
            return "(" + ageCondition(p, age.min(), age.max()) + ")";
        }
        if (c instanceof Criterion.Geography geo) {
            if (geo.kind() == Criterion.Geography.Kind.LA_RESIDENT) return "COALESCE(" + p + ".in_area, FALSE)";
            List<String> icbs = geo.icbCodes().isEmpty() && context.icbCode() != null ? List.of(context.icbCode()) : geo.icbCodes();
            if (icbs.isEmpty()) return "FALSE";
            return "COALESCE(" + p + ".gp_icb IN " + inList(icbs) + ", FALSE)";
        }
        if (c instanceof Criterion.HasFact has) {
            return hasFact(has, p);
        }
        throw new IllegalArgumentException("unsupported criterion " + c);
    }

    /**
     * "Any of several facts" becomes one EXISTS with the alternatives OR-ed inside: one semi-join
     * over the fact table instead of one per alternative.
     */
    private String anyOf(List<Criterion> of, String p) {
        List<Criterion.HasFact> simple = of.stream().filter(x -> x instanceof Criterion.HasFact h && h.during() == null)
                .map(x -> (Criterion.HasFact) x).collect(Collectors.toList());
        List<String> parts = new java.util.ArrayList<>();
        if (simple.size() > 1) {
            String f = "f" + (++aliases);
            parts.add("EXISTS (SELECT 1 FROM " + tables.fact + " " + f + " WHERE " + f + ".person_id = " + p + ".person_id AND ("
                    + simple.stream().map(h -> "(" + match(h.match(), f) + " AND " + timing(h.match().type(), h.timing(), f) + ")")
                    .collect(Collectors.joining(" OR ")) + "))");
        }
        for (Criterion x : of) {
            if (simple.size() > 1 && simple.contains(x)) continue;
            parts.add(condition(x, p));
        }
        return parts.size() == 1 ? parts.get(0) : parts.stream().collect(Collectors.joining(" OR ", "(", ")"));
    }

    private String hasFact(Criterion.HasFact has, String p) {
        String f = "f" + (++aliases);
        StringBuilder sql = new StringBuilder("EXISTS (SELECT 1 FROM ").append(tables.fact).append(' ').append(f)
                .append(" WHERE ").append(f).append(".person_id = ").append(p).append(".person_id AND ")
                .append(match(has.match(), f)).append(" AND ").append(timing(has.match().type(), has.timing(), f));
        if (has.during() != null) {
            String d = "f" + (++aliases);
            sql.append(" AND EXISTS (SELECT 1 FROM ").append(tables.fact).append(' ').append(d)
                    .append(" WHERE ").append(d).append(".person_id = ").append(p).append(".person_id AND ")
                    .append(match(has.during(), d)).append(" AND ").append(d).append(".start_date <= ").append(f)
                    .append(".start_date AND (").append(d).append(".end_date IS NULL OR ").append(d)
                    .append(".end_date >= ").append(f).append(".start_date))");
        }
        return sql.append(')').toString();
    }

    /** The type/code/value filter of a fact match on the fact row aliased {@code f}. */
    public String match(FactMatch m, String f) {
        StringBuilder sql = new StringBuilder(f + ".type = " + literal(m.type().key()));
        if (!m.codes().isEmpty()) sql.append(" AND ").append(f).append(".code IN ").append(inList(m.codes()));
        if (!m.values().isEmpty()) sql.append(" AND ").append(f).append(".value IN ").append(inList(m.values()));
        return sql.toString();
    }

    private String timing(FactType type, Timing timing, String f) {
        LocalDate ref = context.referenceDate();
        String start = f + ".start_date";
        String end = f + ".end_date";
        String startKnown = type.kind() == FactType.Kind.ATTRIBUTE ? "(" + start + " IS NULL OR " + start + " <= " : "(" + start + " <= ";
        if (timing instanceof Timing.Active active) {
            LocalDate on = active.on() == null ? ref : active.on();
            if (type.kind() == FactType.Kind.EVENT) return start + " = " + date(on);
            return startKnown + date(on) + ") AND (" + end + " IS NULL OR " + end + " >= " + date(on) + ")";
        }
        if (timing instanceof Timing.Ever) {
            return startKnown + date(ref) + ")";
        }
        LocalDate from = ref.minus(((Timing.Within) timing).period());
        if (type.kind() == FactType.Kind.EVENT) return start + " > " + date(from) + " AND " + start + " <= " + date(ref);
        return startKnown + date(ref) + ") AND (" + end + " IS NULL OR " + end + " > " + date(from) + ")";
    }

    /** Age in whole years at the reference date between min and max inclusive; unknown DOB is never in a band. */
    public String ageCondition(String p, int min, int max) {
        LocalDate ref = context.referenceDate();
        String sql = p + ".dob IS NOT NULL AND " + p + ".dob <= " + date(ref.minusYears(min));
        if (max < 200) sql += " AND " + p + ".dob > " + date(ref.minusYears(max + 1L));
        return sql;
    }

    /** A CASE expression naming the age band (e.g. '5-10') of person {@code p}; 'unknown' outside every band. */
    public String ageBand(String p) {
        StringBuilder sql = new StringBuilder("CASE");
        for (AgeBand b : set.ageBands()) {
            sql.append(" WHEN ").append(ageCondition(p, b.min(), b.max())).append(" THEN ").append(literal(b.label()));
        }
        return sql.append(" ELSE 'unknown' END").toString();
    }

    /** The area's ICB code as a literal, for breakdowns; NULL if the area names none. */
    public String icbLiteral() {
        return context.icbCode() == null ? "NULL" : literal(context.icbCode());
    }

    /** A one-row query of (value DOUBLE, numerator BIGINT, denominator BIGINT) for a KPI. */
    public String kpi(KpiDefinition k) {
        LocalDate ref = context.referenceDate();
        if (k instanceof KpiDefinition.Count c) {
            return "SELECT CAST(n AS DOUBLE) AS value, n AS numerator, CAST(NULL AS BIGINT) AS denominator FROM ("
                    + countOf(c.cohort()) + ") t";
        }
        if (k instanceof KpiDefinition.Rate r) {
            long pop = context.population();
            return "SELECT CASE WHEN " + pop + " > 0 THEN n * 10000.0 / " + pop + " END AS value, n AS numerator, CAST("
                    + pop + " AS BIGINT) AS denominator FROM (" + countOf(r.cohort()) + ") t";
        }
        if (k instanceof KpiDefinition.Share s) {
            return "SELECT CASE WHEN den > 0 THEN 100.0 * num / den END AS value, num AS numerator, den AS denominator FROM ("
                    + "SELECT COUNT(*) AS den, COALESCE(SUM(CASE WHEN c.person_id IS NOT NULL THEN 1 ELSE 0 END), 0) AS num FROM ("
                    + distinctMembers(s.of()) + ") d LEFT JOIN (" + distinctMembers(s.cohort()) + ") c ON c.person_id = d.person_id) t";
        }
        if (k instanceof KpiDefinition.Wait w) {
            String s = "WITH s AS (SELECT DISTINCT f.person_id, f.start_date AS d0 FROM " + tables.fact + " f WHERE "
                    + match(w.from(), "f") + " AND f.start_date <= " + date(ref) + inCohort(w.cohort(), "f") + "), "
                    + "w AS (SELECT s.person_id, s.d0, MIN(e.start_date) AS d1 FROM s JOIN " + tables.fact
                    + " e ON e.person_id = s.person_id AND " + match(w.to(), "e") + " AND e.start_date >= s.d0 AND e.start_date <= "
                    + date(ref) + " GROUP BY s.person_id, s.d0) ";
            return s + summary(w.statistic(), "SELECT person_id, " + dialect.daysBetween("d0", "d1") + " AS days FROM w"
                    + (w.windowMonths() == null ? "" : " WHERE d1 > " + date(ref.minusMonths(w.windowMonths()))));
        }
        if (k instanceof KpiDefinition.Gap g) {
            String s = "WITH e AS (SELECT DISTINCT f.person_id, f.start_date AS d FROM " + tables.fact + " f WHERE "
                    + match(g.events(), "f") + " AND f.start_date <= " + date(ref) + inCohort(g.cohort(), "f") + "), "
                    + "g AS (SELECT person_id, d, LAG(d) OVER (PARTITION BY person_id ORDER BY d) AS prev FROM e) ";
            return s + summary(g.statistic(), "SELECT person_id, " + dialect.daysBetween("prev", "d") + " AS days FROM g WHERE prev IS NOT NULL"
                    + (g.windowMonths() == null ? "" : " AND d > " + date(ref.minusMonths(g.windowMonths()))));
        }
        if (k instanceof KpiDefinition.Timeliness t) {
            String days = dialect.daysBetween("d0", "d1");
            return "WITH t AS (SELECT DISTINCT f.person_id, f.start_date AS d1 FROM " + tables.fact + " f WHERE "
                    + match(t.to(), "f") + " AND f.start_date <= " + date(ref)
                    + (t.windowMonths() == null ? "" : " AND f.start_date > " + date(ref.minusMonths(t.windowMonths())))
                    + inCohort(t.cohort(), "f") + "), "
                    + "p AS (SELECT t.person_id, t.d1, MAX(s.start_date) AS d0 FROM t JOIN " + tables.fact + " s ON s.person_id = t.person_id AND "
                    + match(t.from(), "s") + " AND s.start_date <= t.d1 GROUP BY t.person_id, t.d1) "
                    + "SELECT CASE WHEN COUNT(*) > 0 THEN 100.0 * SUM(CASE WHEN " + days + " <= " + t.withinDays()
                    + " THEN 1 ELSE 0 END) / COUNT(*) END AS value, COALESCE(SUM(CASE WHEN " + days + " <= " + t.withinDays()
                    + " THEN 1 ELSE 0 END), 0) AS numerator, COUNT(*) AS denominator FROM p";
        }
        throw new IllegalArgumentException("unsupported KPI " + k);
    }

    /**
     * The statistic over the waits, with the number of waits as numerator and the number of
     * <em>people</em> they belong to as denominator: disclosure control asks for 8 or more people
     * behind a median, and one child can wait more than once.
     */
    private String summary(Statistic stat, String daysQuery) {
        String agg = stat == Statistic.MEAN ? "AVG(CAST(days AS DOUBLE))"
                : "percentile_cont(" + stat.quantile() + ") WITHIN GROUP (ORDER BY days)";
        return "SELECT CAST(" + agg + " AS DOUBLE) AS value, COUNT(*) AS numerator, COUNT(DISTINCT person_id) AS denominator FROM ("
                + daysQuery + ") x";
    }

    private String countOf(String cohort) {
        return "SELECT COUNT(DISTINCT person_id) AS n FROM " + tables.member + " WHERE cohort = " + literal(cohort);
    }

    private String distinctMembers(String cohort) {
        return "SELECT DISTINCT person_id FROM " + tables.member + " WHERE cohort = " + literal(cohort);
    }

    private String inCohort(String cohort, String f) {
        if (cohort == null) return "";
        return " AND " + f + ".person_id IN (SELECT person_id FROM " + tables.member + " WHERE cohort = " + literal(cohort) + ")";
    }

    public static String date(LocalDate d) {
        return "DATE '" + d + "'";
    }

    public static String literal(String s) {
        return "'" + s.replace("'", "''") + "'";
    }

    private static String inList(List<String> values) {
        return values.stream().map(CohortSql::literal).collect(Collectors.joining(", ", "(", ")"));
    }
}
