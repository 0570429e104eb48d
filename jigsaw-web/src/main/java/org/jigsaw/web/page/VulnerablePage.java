package org.jigsaw.web.page;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jigsaw.store.Snapshot;
import org.jigsaw.web.access.Access;
import org.jigsaw.web.access.Disclosure;
import org.jigsaw.web.view.Cell;
import org.jigsaw.web.view.Charts;
import org.jigsaw.web.view.Column;
import org.jigsaw.web.view.DataTable;

/**
 * The vulnerable cohorts by the brief's definitions, in two clearly separate sets: children with
 * SEND who are also known to social care, missing education, home educated, NEET or at risk of
 * exploitation; and the same conditions among all children, with or without SEND.
 */
public final class VulnerablePage implements Page {
    /**
     * The brief's vulnerable cohorts, in the order a board reads them: the Aurora cohort (EHC plan,
     * child protection plan and exploitation risk) first.
     */
    static final List<String> BRIEF = List.of("vulnerable_ehcp_cpp_exploitation", "ehcp_known_to_social_care", "ehcp_missing_education",
            "ehcp_elective_home_education", "send_neet", "send_known_to_social_care_or_yj",
            "elective_home_education", "neet", "youth_justice", "known_to_social_care");
    /** A cohort key naming SEND (an EHC plan, SEN support or SEND) as one of its conditions. */
    private static final Pattern SEND = Pattern.compile("(?i)(^|.*_)(ehcp|ehc_plan|send|sen_support)(_.*|$)");

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

    /** The brief's cohorts this snapshot holds, then any other cohort the area put in the group "Vulnerability". */
    static List<String> vulnerable(Snapshot s, CohortCatalog catalog) {
        List<String> all = s.memo("evaluated-cohorts", VulnerablePage::evaluated);
        List<String> v = new ArrayList<>(BRIEF.stream().filter(all::contains).toList());
        all.stream().filter(c -> !v.contains(c) && catalog.group(c).equalsIgnoreCase("Vulnerability")).forEach(v::add);
        return v;
    }

    /**
     * The cohorts the snapshot evaluated, members or not: a cohort with no members is a count of 0,
     * not a missing row (an older snapshot that never evaluated a cohort does not show it).
     */
    private static List<String> evaluated(Snapshot s) {
        java.util.Set<String> out = new java.util.TreeSet<>(CohortsPage.cohorts(s));
        out.addAll(s.query("SELECT substr(kpi, 8) FROM kpi_value WHERE kpi LIKE 'cohort.%'", rs -> rs.getString(1)));
        try {
            out.addAll(s.query("SELECT cohort FROM cohort_definition", rs -> rs.getString(1)));
        } catch (org.jigsaw.store.SnapshotException e) {
            // a snapshot written before cohort definitions were stored: members and KPIs say enough
        }
        return List.copyOf(out);
    }

    static boolean send(String cohort) {
        return SEND.matcher(cohort).matches();
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
        List<String> withSend = cohorts.stream().filter(VulnerablePage::send).toList();
        List<String> others = cohorts.stream().filter(c -> !send(c)).toList();

        List<Section> sections = new ArrayList<>();
        if (cohorts.isEmpty()) {
            sections.add(Section.of("Vulnerable cohorts", "<p class=\"govuk-body\">This snapshot holds none of the vulnerable cohorts.</p>"));
        }
        if (!withSend.isEmpty()) {
            sections.add(sideBySide("vulnerable", "Children and young people with SEND", withSend, cur, prev, f, d, catalog));
        }
        if (!others.isEmpty()) {
            sections.add(sideBySide("vulnerable-all", "All children and young people, with or without SEND", others, cur, prev, f, d, catalog));
        }
        if (!cohorts.isEmpty()) sections.add(Section.of("By age band", "", byAge(cohorts, cur, f, d, catalog)));
        String lede = "The brief's vulnerable groups: children with an EHC plan who also have a child protection plan and are at risk "
                + "of exploitation, or are known to social care, missing education or home educated; children with SEND who are NEET "
                + "or known to social care or youth justice — and, separately, those conditions among all children with or without SEND.";
        return new PageData("Vulnerable children and young people", lede, f.form(path(), new java.util.LinkedHashMap<>(), icbs), sections);
    }

    /** One set's counts now and (when there is an earlier snapshot) then; the chart draws only series that exist. */
    private static Section sideBySide(String id, String heading, List<String> cohorts, Snapshot cur, Snapshot prev, Filters f,
                                      Disclosure d, CohortCatalog catalog) {
        DataTable.Builder side = DataTable.builder(id, heading + ": " + f.describe())
                .column(Column.text("cohort", "Cohort")).column(Column.number("now", "This snapshot (" + Kpis.date(cur) + ")"));
        if (prev != null) side.column(Column.number("before", "Last snapshot (" + Kpis.date(prev) + ")")).column(Column.number("change", "Change"));
        List<String> labels = new ArrayList<>();
        List<Double> nowV = new ArrayList<>();
        List<Double> beforeV = new ArrayList<>();
        for (String c : cohorts) {
            Cell now = CohortsPage.count(cur, c, f, d);
            Cell shown = Cell.people(now, "/people/cohort/" + c + f.query());
            labels.add(catalog.title(c));
            nowV.add(now.value());
            if (prev == null) {
                side.row(Cell.text(catalog.title(c)), shown);
            } else {
                Cell before = CohortsPage.count(prev, c, f, d);
                side.row(Cell.text(catalog.title(c)), shown, before, d.change(now, before));
                beforeV.add(before.value());
            }
        }
        String chart = prev == null
                ? Charts.groupedBars("chart-" + id, heading + ", this snapshot", labels, List.of("This snapshot"), List.of(nowV), id)
                : Charts.groupedBars("chart-" + id, heading + ", this snapshot and the last", labels, List.of("This snapshot", "Last snapshot"),
                        List.of(nowV, beforeV), id);
        String intro = prev == null ? "<p class=\"govuk-body\">This is the first snapshot, so there is no change to show yet.</p>" : "";
        return Section.of(heading, intro + chart, side.build());
    }

    private static DataTable byAge(List<String> cohorts, Snapshot cur, Filters f, Disclosure d, CohortCatalog catalog) {
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
        return byAge.build();
    }
}
