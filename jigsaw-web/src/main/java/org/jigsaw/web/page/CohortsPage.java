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
    private final CohortCatalog catalog;

    public CohortsPage(CohortCatalog catalog) {
        this.catalog = catalog;
    }

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
        return Population.of(s).cohorts();
    }

    /** Distinct members of {@code cohort} passing the filters, in snapshot {@code s}. */
    static long count(Snapshot s, String cohort, Filters f) {
        return Population.of(s).count(cohort, f);
    }

    @Override
    public PageData build(PageRequest req) {
        Snapshot s = req.snapshot();
        Disclosure d = req.disclosure();
        List<String> icbs = Filters.icbs(req);
        Filters f = Filters.from(req, icbs);
        List<String> cohorts = cohorts(s);
        String cohort = req.choice("cohort", cohorts, cohorts.isEmpty() ? "" : cohorts.get(0));

        Population pop = Population.of(s);
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String c : cohorts) counts.put(c, pop.count(c, f));

        DataTable.Builder all = DataTable.builder("cohorts", "Cohorts: " + f.describe())
                .column(Column.text("cohort", "Cohort")).column(Column.text("group", "Group")).column(Column.number("count", "Children and young people"));
        List<String> labels = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        for (String c : cohorts) {
            Cell cell = d.count(counts.getOrDefault(c, 0L));
            Map<String, String> q = new LinkedHashMap<>(f.asParams());
            q.put("cohort", c);
            all.row(Cell.link(catalog.title(c), path() + "?" + query(q) + "#breakdown"), Cell.text(catalog.group(c)), cell);
            labels.add(catalog.title(c));
            values.add(cell.value());
        }
        DataTable allTable = all.build();

        List<Section> sections = new ArrayList<>();
        sections.add(Section.of("All cohorts", Charts.bars("chart-cohorts", "Cohort sizes, " + f.describe(), labels, values, "cohorts"), allTable));
        if (!cohort.isEmpty()) {
            DataTable byAge = breakdown(d, pop.countBy(cohort, f, Population.Person::ageBand, Sql.AGE_BANDS), "by-age", "Age band", false);
            DataTable byNeed = breakdown(d, pop.countBy(cohort, f, Population.Person::need, null), "by-need", "Primary need", true);
            DataTable byResidence = breakdown(d, pop.countBy(cohort, f, p -> p.inArea() == null ? "Residence unknown"
                    : p.inArea() ? "Resident in the area" : "Resident outside the area", null), "by-residence", "Residence", false);
            DataTable byIcb = breakdown(d, pop.countBy(cohort, f, p -> p.icb() == null ? "Not registered" : p.icb(), null), "by-icb",
                    "GP-registered ICB", false);
            Filters residents = new Filters(f.ageBand(), "in", f.icb());
            DataTable byDistrict = breakdown(d, pop.countBy(cohort, residents, p -> p.district().isEmpty() ? "Unknown" : p.district(), null),
                    "by-district", "Postcode district (residents)", false);
            String label = catalog.title(cohort);
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
        cohorts.forEach(c -> options.put(c, catalog.title(c)));
        extra.put("cohort", new Filters.Select("Cohort", options, cohort));
        return new PageData("Cohorts", "Every cohort defined for the area, counted in the current snapshot. Choose a cohort and filters to break it down.",
                f.form(path(), extra, icbs), sections);
    }

    /**
     * A breakdown table; {@code bySize} sorts largest first by the <em>released</em> figure (sorting
     * by the true count would reveal which of two suppressed cells is larger), else by name, age bands in age order.
     */
    static DataTable breakdown(Disclosure d, Map<String, Long> counts, String id, String label, boolean bySize) {
        List<Map.Entry<String, Cell>> entries = new ArrayList<>();
        counts.forEach((k, v) -> entries.add(Map.entry(k, d.count(v))));
        if (bySize) {
            entries.sort(java.util.Comparator.<Map.Entry<String, Cell>>comparingDouble(e -> e.getValue().value() == null ? 0 : -e.getValue().value())
                    .thenComparing(Map.Entry::getKey));
        } else if (!id.equals("by-age")) {
            entries.sort(Map.Entry.comparingByKey());
        }
        DataTable.Builder b = DataTable.builder(id, "By " + label.toLowerCase(java.util.Locale.ROOT))
                .column(Column.text("group", label)).column(Column.number("count", "Children and young people"));
        for (Map.Entry<String, Cell> e : entries) b.row(Cell.text(e.getKey()), e.getValue());
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
