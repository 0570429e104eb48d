package org.jigsaw.web.page;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jigsaw.web.access.Access;
import org.jigsaw.web.access.Disclosure;
import org.jigsaw.web.snapshot.Snapshot;
import org.jigsaw.web.view.Cell;
import org.jigsaw.web.view.Charts;
import org.jigsaw.web.view.Column;
import org.jigsaw.web.view.DataTable;

/**
 * The vulnerable cohorts side by side — SEND combined with social care, youth justice, missing or
 * home education, NEET or exploitation risk — with the change since the previous snapshot.
 */
public final class VulnerablePage implements Page {
    /** Cohort keys naming a safeguarding or education-loss condition (the built-in vulnerable set). */
    static final Pattern VULNERABLE = Pattern.compile(
            "(?i).*(cpp|protection|exploit|social_care|cin|cla|looked|youth|justice|yjs|missing|home_ed|ehe|neet|vulnerab).*");

    @Override
    public String path() {
        return "/vulnerable";
    }

    @Override
    public String navLabel() {
        return "Vulnerable";
    }

    @Override
    public Access access() {
        return Access.AGGREGATES;
    }

    static List<String> vulnerable(Snapshot s, CohortCatalog catalog) {
        List<String> all = CohortsPage.cohorts(s);
        List<String> v = all.stream().filter(c -> VULNERABLE.matcher(c).matches() || catalog.group(c).equalsIgnoreCase("Vulnerability")).toList();
        return v.isEmpty() ? all : v;
    }

    @Override
    public PageData build(PageRequest req) {
        CohortCatalog catalog = req.catalog();
        Snapshot cur = req.snapshot();
        Disclosure d = req.disclosure();
        List<Snapshot> history = req.snapshots().historyToCurrent();
        Snapshot prev = history.size() >= 2 ? history.get(history.size() - 2) : null;
        List<String> icbs = Filters.icbs(req);
        Filters f = Filters.from(req, icbs);
        List<String> cohorts = vulnerable(cur, catalog);

        DataTable.Builder side = DataTable.builder("vulnerable", "Vulnerable cohorts: " + f.describe())
                .column(Column.text("cohort", "Cohort")).column(Column.number("now", "This snapshot (" + Kpis.date(cur) + ")"))
                .column(Column.number("before", prev == null ? "Last snapshot (none)" : "Last snapshot (" + Kpis.date(prev) + ")"))
                .column(Column.number("change", "Change"));
        List<String> labels = new ArrayList<>();
        List<Double> nowV = new ArrayList<>();
        List<Double> beforeV = new ArrayList<>();
        for (String c : cohorts) {
            Cell now = CohortsPage.count(cur, c, f, d);
            Cell before = prev == null ? Cell.text("") : CohortsPage.count(prev, c, f, d);
            Cell change = prev == null ? Cell.text("") : d.change(now, before);
            side.row(Cell.text(catalog.title(c)), now, before, change);
            labels.add(catalog.title(c));
            nowV.add(now.value());
            beforeV.add(before.value());
        }
        DataTable sideTable = side.build();

        DataTable.Builder byAge = DataTable.builder("vulnerable-by-age", "Vulnerable cohorts by age band").column(Column.text("cohort", "Cohort"));
        for (String band : Sql.AGE_BANDS) byAge.column(Column.number(band.replace(' ', '_').toLowerCase(java.util.Locale.ROOT), band));
        for (String c : cohorts) {
            Map<String, Cell> m = Population.of(cur).cube(c, d).byAge(f);
            List<Cell> row = new ArrayList<>();
            row.add(Cell.text(catalog.title(c)));
            // a band the age filter leaves out is empty by construction, not a count
            for (String band : Sql.AGE_BANDS) row.add(m.getOrDefault(band, d.count(0)));
            byAge.row(row);
        }
        String chart = Charts.groupedBars("chart-vulnerable", "Vulnerable cohorts, this snapshot and the last", labels,
                List.of("This snapshot", "Last snapshot"), List.of(nowV, beforeV), "vulnerable");
        return new PageData("Vulnerable children and young people",
                "Children with SEND who are also known to social care or youth justice, missing education, home educated, NEET or at risk of exploitation.",
                f.form(path(), new java.util.LinkedHashMap<>(), icbs),
                List.of(Section.of("Side by side", chart, sideTable), Section.of("By age band", "", byAge.build())));
    }
}
