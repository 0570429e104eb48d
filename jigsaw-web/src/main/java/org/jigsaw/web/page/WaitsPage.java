package org.jigsaw.web.page;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jigsaw.store.Snapshot;
import org.jigsaw.web.access.Access;
import org.jigsaw.web.access.Disclosure;
import org.jigsaw.web.view.Cell;
import org.jigsaw.web.view.Charts;
import org.jigsaw.web.view.Column;
import org.jigsaw.web.view.DataTable;
import org.jigsaw.web.words.CodeLabels;

/**
 * Waits from referral to first contact for SLT, community paediatrics and CAMHS, for children
 * with an EHC plan active at referral against everyone else.
 */
public final class WaitsPage implements Page {
    private static final List<String> ORDER = List.of("SLT", "PAEDIATRICS", "CAMHS");
    /** Four-week bins up to a year, then one bin for longer waits. */
    private static final int BINS = 14;

    @Override
    public String path() {
        return "/waits";
    }

    @Override
    public String navLabel() {
        return "Waits";
    }

    @Override
    public Access access() {
        return Access.AGGREGATES;
    }

    private static final String WAITS = """
            WITH ref AS (SELECT coalesce((SELECT max(reference_date) FROM run), current_date) AS d),
            r AS (SELECT person_id, code AS service, start_date AS referred FROM fact
                  WHERE type = 'referral' AND code IN ('SLT', 'PAEDIATRICS', 'CAMHS') AND start_date IS NOT NULL),
            fc AS (SELECT r.person_id, r.service, r.referred, min(f.start_date) AS first_contact
                   FROM r LEFT JOIN fact f ON f.person_id = r.person_id AND f.type = 'first_contact' AND f.code = r.service AND f.start_date >= r.referred
                   GROUP BY ALL),
            w AS (SELECT fc.*, date_diff('day', referred, coalesce(first_contact, (SELECT d FROM ref))) AS wait,
                         first_contact IS NOT NULL AS seen,
                         EXISTS (SELECT 1 FROM fact e WHERE e.person_id = fc.person_id AND e.type = 'ehc_plan' AND e.start_date <= fc.referred
                                 AND (e.end_date IS NULL OR e.end_date >= fc.referred)) AS ehcp
                  FROM fc)
            """;

    @Override
    public PageData build(PageRequest req) {
        Snapshot s = req.snapshot();
        Disclosure d = req.disclosure();
        String service = req.choice("service", ORDER, "SLT");

        DataTable.Builder summary = DataTable.builder("waits", "Waits from referral to first contact")
                .column(Column.text("service", "Service")).column(Column.text("group", "Group"))
                .column(Column.number("referrals", "Referrals")).column(Column.number("seen", "Seen"))
                .column(Column.number("median_days", "Median wait (days)")).column(Column.number("p90_days", "90th percentile (days)"))
                .column(Column.number("waiting", "Still waiting"));
        Map<String, Object[]> stats = new LinkedHashMap<>();
        s.query(WAITS + """
                SELECT service, ehcp, count(*), count(*) FILTER (WHERE seen),
                       median(wait) FILTER (WHERE seen), quantile_cont(wait, 0.9) FILTER (WHERE seen), count(*) FILTER (WHERE NOT seen),
                       count(DISTINCT person_id) FILTER (WHERE seen)
                FROM w GROUP BY ALL""", rs -> stats.put(rs.getString(1) + "|" + rs.getBoolean(2), new Object[] {
                rs.getLong(3), rs.getLong(4), rs.getObject(5) == null ? null : rs.getDouble(5), rs.getObject(6) == null ? null : rs.getDouble(6), rs.getLong(7),
                rs.getLong(8)}));
        List<String> chartLabels = new ArrayList<>();
        List<Double> medEhcp = new ArrayList<>();
        List<Double> medOther = new ArrayList<>();
        List<Double> p90Ehcp = new ArrayList<>();
        List<Double> p90Other = new ArrayList<>();
        for (String sv : ORDER) {
            for (boolean ehcp : new boolean[] {true, false}) {
                Object[] v = stats.getOrDefault(sv + "|" + ehcp, new Object[] {0L, 0L, null, null, 0L, 0L});
                long seen = (Long) v[1];
                // a median needs enough people behind it, not enough referrals: one child can be referred twice
                long people = (Long) v[5];
                Cell median = v[2] == null ? Cell.text("No one seen") : d.statistic((Double) v[2], people, "days");
                Cell p90 = v[3] == null ? Cell.text("No one seen") : d.statistic((Double) v[3], people, "days");
                summary.row(Cell.text(CodeLabels.service(sv)), Cell.text(ehcp ? "With an EHC plan" : "Others"), d.count((Long) v[0]), d.count(seen),
                        median, p90, d.count((Long) v[4]));
                (ehcp ? medEhcp : medOther).add(median.value());
                (ehcp ? p90Ehcp : p90Other).add(p90.value());
            }
            chartLabels.add(CodeLabels.service(sv));
        }

        long[][] dist = new long[2][BINS];
        s.query(WAITS + " SELECT ehcp, least(CAST(floor(wait / 28) AS INTEGER), " + (BINS - 1) + "), count(*) FROM w WHERE seen AND service = ? GROUP BY ALL",
                rs -> {
                    dist[rs.getBoolean(1) ? 0 : 1][Math.max(0, rs.getInt(2))] += rs.getLong(3);
                    return null;
                }, service);
        DataTable.Builder distribution = DataTable.builder("distribution", "Distribution of waits, " + CodeLabels.service(service))
                .column(Column.text("weeks", "Wait (weeks)")).column(Column.number("ehcp", "With an EHC plan")).column(Column.number("others", "Others"));
        List<String> bins = new ArrayList<>();
        List<Double> e = new ArrayList<>();
        List<Double> o = new ArrayList<>();
        for (int i = 0; i < BINS; i++) {
            String label = i == BINS - 1 ? (4 * i) + "+" : (4 * i) + " to " + (4 * i + 3);
            Cell ce = d.count(dist[0][i]);
            Cell co = d.count(dist[1][i]);
            distribution.row(Cell.text(label), ce, co);
            bins.add(label);
            e.add(ce.value());
            o.add(co.value());
        }
        Map<String, String> options = new LinkedHashMap<>();
        ORDER.forEach(k -> options.put(k, CodeLabels.service(k)));
        String form = "<form method=\"get\" action=\"" + path() + "\" class=\"jigsaw-filters\"><div class=\"jigsaw-filter-row\">"
                + new Filters.Select("Service for the distribution", options, service).render("service")
                + "</div><button type=\"submit\" class=\"govuk-button govuk-button--secondary\" data-module=\"govuk-button\">Show distribution</button></form>";
        String medianChart = Charts.groupedBars("chart-medians", "Median wait in days, with and without an EHC plan", chartLabels,
                List.of("With an EHC plan", "Others"), List.of(medEhcp, medOther), "waits");
        // the 90th percentile beside the median: how long the longest waits are, not only the typical one
        medianChart += Charts.groupedBars("chart-p90", "90th percentile wait in days, with and without an EHC plan", chartLabels,
                List.of("With an EHC plan", "Others"), List.of(p90Ehcp, p90Other), "waits");
        String distChart = Charts.groupedBars("chart-distribution", "Waits in weeks, " + CodeLabels.service(service), bins,
                List.of("With an EHC plan", "Others"), List.of(e, o), "distribution");
        return new PageData("Waiting times", "Days from referral to first contact, for referrals in the snapshot. "
                + "Still waiting counts referrals with no first contact by the reference date.", form,
                List.of(Section.of("Median and 90th percentile", medianChart, summary.build()),
                        Section.of("Distribution", distChart, distribution.build())));
    }
}
