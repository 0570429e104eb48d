package org.jigsaw.web.page;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jigsaw.web.access.Access;
import org.jigsaw.web.access.Disclosure;
import org.jigsaw.web.snapshot.Snapshot;
import org.jigsaw.web.view.Cell;
import org.jigsaw.web.view.Charts;
import org.jigsaw.web.view.Column;
import org.jigsaw.web.view.DataTable;
import org.jigsaw.web.view.Html;

/** Every cohort, and one cohort broken down by age band, primary need and both geographies, with its trend. */
public final class CohortsPage implements Page {

    @Override
    public String path() {
        return "/cohorts";
    }

    @Override
    public String navLabel() {
        return "Cohorts";
    }

    @Override
    public Access access() {
        return Access.AGGREGATES;
    }

    public static List<String> cohorts(Snapshot s) {
        return s.query("SELECT DISTINCT cohort FROM cohort_member ORDER BY 1", rs -> rs.getString(1));
    }

    /** Distinct members of {@code cohort} passing the filters, in snapshot {@code s}. */
    static long count(Snapshot s, String cohort, Filters f) {
        List<Object> params = new ArrayList<>();
        String where = f.where(params);
        params.add(0, cohort);
        return s.count("WITH " + Sql.PEOPLE + " SELECT count(DISTINCT cm.person_id) FROM cohort_member cm JOIN pb USING (person_id) WHERE cm.cohort = ? AND "
                + where, params.toArray());
    }

    @Override
    public PageData build(PageRequest req) {
        Snapshot s = req.snapshot();
        Disclosure d = req.disclosure();
        List<String> icbs = Filters.icbs(req);
        Filters f = Filters.from(req, icbs);
        List<String> cohorts = cohorts(s);
        String cohort = req.choice("cohort", cohorts, cohorts.isEmpty() ? "" : cohorts.get(0));

        List<Object> params = new ArrayList<>();
        String where = f.where(params);
        Map<String, Long> counts = new LinkedHashMap<>();
        s.query("WITH " + Sql.PEOPLE + " SELECT cm.cohort, count(DISTINCT cm.person_id) FROM cohort_member cm JOIN pb USING (person_id) WHERE "
                + where + " GROUP BY cm.cohort ORDER BY cm.cohort", rs -> counts.put(rs.getString(1), rs.getLong(2)), params.toArray());

        DataTable.Builder all = DataTable.builder("cohorts", "Cohorts: " + f.describe())
                .column(Column.text("cohort", "Cohort")).column(Column.number("count", "Children and young people"));
        List<String> labels = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        for (String c : cohorts) {
            Cell cell = d.count(counts.getOrDefault(c, 0L));
            Map<String, String> q = new LinkedHashMap<>(f.asParams());
            q.put("cohort", c);
            all.row(Cell.link(Sql.label(c), path() + "?" + query(q) + "#breakdown"), cell);
            labels.add(Sql.label(c));
            values.add(cell.value());
        }
        DataTable allTable = all.build();

        List<Section> sections = new ArrayList<>();
        sections.add(Section.of("All cohorts", Charts.bars("chart-cohorts", "Cohort sizes, " + f.describe(), labels, values, "cohorts"), allTable));
        if (!cohort.isEmpty()) {
            List<Object> bp = new ArrayList<>();
            bp.add(cohort);
            String bw = f.where(bp);
            String base = "WITH " + Sql.PEOPLE + ", " + Sql.NEED + ", m AS (SELECT DISTINCT pb.*, coalesce(need.need, 'None recorded') AS need "
                    + "FROM cohort_member cm JOIN pb USING (person_id) LEFT JOIN need USING (person_id) WHERE cm.cohort = ? AND " + bw + ") ";
            DataTable byAge = breakdown(s, d, base + "SELECT age_band, count(*) FROM m GROUP BY 1", "by-age", "Age band", Sql.AGE_BANDS, bp);
            DataTable byNeed = breakdown(s, d, base + "SELECT need, count(*) FROM m GROUP BY 1 ORDER BY 2 DESC, 1", "by-need", "Primary need", null, bp);
            DataTable byResidence = breakdown(s, d, base + "SELECT CASE WHEN in_area THEN 'Resident in the area' WHEN in_area IS NULL THEN 'Residence unknown' "
                    + "ELSE 'Resident outside the area' END, count(*) FROM m GROUP BY 1 ORDER BY 1", "by-residence", "Residence", null, bp);
            DataTable byIcb = breakdown(s, d, base + "SELECT coalesce(gp_icb, 'Not registered'), count(*) FROM m GROUP BY 1 ORDER BY 1", "by-icb",
                    "GP-registered ICB", null, bp);
            DataTable byDistrict = breakdown(s, d, base + "SELECT CASE WHEN district = '' THEN 'Unknown' ELSE district END, count(*) FROM m "
                    + "WHERE coalesce(in_area, FALSE) GROUP BY 1 ORDER BY 1", "by-district", "Postcode district (residents)", null, bp);
            String label = Sql.label(cohort);
            String charts = Charts.bars("chart-age", label + " by age band", col(byAge, 0), vals(byAge), "by-age")
                    + Charts.bars("chart-need", label + " by primary need", col(byNeed, 0), vals(byNeed), "by-need");
            sections.add(new Section(label + ": breakdown", charts, List.of(byAge, byNeed, byResidence, byIcb, byDistrict)));

            List<Snapshot> history = req.snapshots().historyToCurrent();
            DataTable.Builder trend = DataTable.builder("trend", label + " at each snapshot").column(Column.text("snapshot", "Snapshot"))
                    .column(Column.number("count", "Children and young people"));
            List<String> xs = new ArrayList<>();
            List<Double> ys = new ArrayList<>();
            for (Snapshot h : history) {
                Cell c = d.count(count(h, cohort, f));
                String date = Kpis.date(h);
                trend.row(Cell.text(date), c);
                xs.add(date);
                ys.add(c.value());
            }
            sections.add(Section.of(label + ": trend", Charts.line("chart-trend", label + " over time", xs, ys, "trend"), trend.build()));
        }
        Map<String, Filters.Select> extra = new LinkedHashMap<>();
        Map<String, String> options = new LinkedHashMap<>();
        cohorts.forEach(c -> options.put(c, Sql.label(c)));
        extra.put("cohort", new Filters.Select("Cohort", options, cohort));
        return new PageData("Cohorts", "Every cohort defined for the area, counted in the current snapshot. Choose a cohort and filters to break it down.",
                f.form(path(), extra, icbs), sections);
    }

    static DataTable breakdown(Snapshot s, Disclosure d, String sql, String id, String label, List<String> order, List<Object> params) {
        Map<String, Long> m = new LinkedHashMap<>();
        if (order != null) order.forEach(k -> m.put(k, 0L));
        s.query(sql, rs -> m.put(rs.getString(1), rs.getLong(2)), params.toArray());
        DataTable.Builder b = DataTable.builder(id, "By " + label.toLowerCase(java.util.Locale.ROOT))
                .column(Column.text("group", label)).column(Column.number("count", "Children and young people"));
        m.forEach((k, v) -> b.row(Cell.text(k), d.count(v)));
        return b.build();
    }

    static List<String> col(DataTable t, int i) {
        return t.rows().stream().map(r -> r.get(i).text()).toList();
    }

    static List<Double> vals(DataTable t) {
        return t.rows().stream().map(r -> r.get(r.size() - 1).value()).toList();
    }

    static String query(Map<String, String> q) {
        StringBuilder b = new StringBuilder();
        q.forEach((k, v) -> b.append(b.length() == 0 ? "" : "&").append(Html.url(k)).append('=').append(Html.url(v)));
        return b.toString();
    }
}
