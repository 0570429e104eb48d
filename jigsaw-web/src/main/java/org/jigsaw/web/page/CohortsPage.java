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
        return Population.of(s).cohorts();
    }

    /** Distinct members of {@code cohort} passing the filters, in snapshot {@code s}, as released with the cohort's other cells. */
    static Cell count(Snapshot s, String cohort, Filters f, Disclosure d) {
        return Population.of(s).cube(cohort, d).count(f);
    }

    @Override
    public PageData build(PageRequest req) {
        CohortCatalog catalog = req.catalog();
        Snapshot s = req.snapshot();
        Disclosure d = req.disclosure();
        List<String> icbs = Filters.icbs(req);
        Filters f = Filters.from(req, icbs);
        List<String> cohorts = cohorts(s);
        String cohort = req.choice("cohort", cohorts, cohorts.isEmpty() ? "" : cohorts.get(0));

        Population pop = Population.of(s);

        DataTable.Builder all = DataTable.builder("cohorts", "Cohorts: " + f.describe())
                .column(Column.text("cohort", "Cohort")).column(Column.text("group", "Group")).column(Column.number("count", "Children and young people"));
        List<String> labels = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        for (String c : cohorts) {
            Cell cell = pop.cube(c, d).count(f);
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
            CohortCube cube = pop.cube(cohort, d);
            DataTable byAge = breakdown(cube.byAge(f), "by-age", "Age band", false);
            DataTable byNeed = breakdown(cube.byNeed(f), "by-need", "Primary need", true);
            DataTable byResidence = breakdown(cube.byResidence(f), "by-residence", "Residence", false);
            DataTable byIcb = breakdown(cube.byIcb(f), "by-icb", "GP-registered ICB", false);
            DataTable byDistrict = breakdown(cube.byDistrict(f), "by-district", "Postcode district (residents)", false);
            String label = catalog.title(cohort);
            String about = catalog.description(cohort).isEmpty() ? ""
                    : "<p class=\"govuk-body jigsaw-description\">" + Html.esc(catalog.description(cohort)) + "</p>";
            String charts = about + Charts.bars("chart-age", label + " by age band", col(byAge, 0), vals(byAge), "by-age")
                    + Charts.bars("chart-need", label + " by primary need", col(byNeed, 0), vals(byNeed), "by-need");
            sections.add(new Section(label + ": breakdown", charts, List.of(byAge, byNeed, byResidence, byIcb, byDistrict)));

            List<Snapshot> history = req.snapshots().historyToCurrent();
            DataTable.Builder trend = DataTable.builder("trend", label + " at each snapshot").column(Column.text("snapshot", "Snapshot"))
                    .column(Column.number("count", "Children and young people"));
            List<String> xs = new ArrayList<>();
            List<Double> ys = new ArrayList<>();
            for (Snapshot h : history) {
                Cell c = count(h, cohort, f, d);
                String date = org.jigsaw.web.words.Dates.day(Kpis.date(h));
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
     * A breakdown table listing every group; {@code bySize} sorts largest first by the <em>released</em>
     * figure (sorting by the true count would reveal which of two suppressed cells is larger), else
     * by name, age bands in age order.
     */
    static DataTable breakdown(Map<String, Cell> cells, String id, String label, boolean bySize) {
        List<Map.Entry<String, Cell>> entries = new ArrayList<>(cells.entrySet());
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
