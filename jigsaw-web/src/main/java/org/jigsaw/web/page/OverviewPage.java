package org.jigsaw.web.page;

import static org.jigsaw.web.view.Html.esc;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jigsaw.cohort.KpiReading;
import org.jigsaw.store.Snapshot;
import org.jigsaw.web.access.Access;
import org.jigsaw.web.view.Cell;
import org.jigsaw.web.view.Column;
import org.jigsaw.web.view.DataTable;

/**
 * The board pack: KPIs grouped by the brief's questions, each with its target, status, trend and what
 * it means; then every KPI as a table and by snapshot. Prints as a board pack (jigsaw.css, print).
 */
public final class OverviewPage implements Page {
    private final Kpis kpis = new Kpis();
    @Override
    public String path() {
        return "/overview";
    }

    @Override
    public String navLabel() {
        return "Overview";
    }

    @Override
    public Access access() {
        return Access.AGGREGATES;
    }

    @Override
    public PageData build(PageRequest req) {
        CohortCatalog catalog = req.catalog();
        Snapshot cur = req.snapshot();
        List<Snapshot> history = req.snapshots().historyToCurrent();
        List<Map<String, Kpis.Kpi>> series = history.stream().map(s -> kpis.headline(s, req.disclosure())).toList();
        Map<String, Kpis.Kpi> now = kpis.headline(cur, req.disclosure());
        List<String> dates = history.stream().map(Kpis::date).toList();

        DataTable.Builder headline = DataTable.builder("kpis", "Headline KPIs")
                .column(Column.text("kpi", "KPI")).column(Column.number("value", "This snapshot"))
                .column(Column.number("previous", "Last snapshot")).column(Column.number("change", "Change"))
                .column(Column.text("unit", "Unit")).column(Column.number("counted", "Counted"))
                .column(Column.number("out_of", "Out of")).column(Column.text("target", "Target")).column(Column.text("status", "Status"));
        Map<KpiReading.Question, StringBuilder> cards = new java.util.EnumMap<>(KpiReading.Question.class);
        boolean anyHeadline = now.keySet().stream().anyMatch(k -> !k.startsWith("cohort."));
        for (Kpis.Kpi k : now.values()) {
            Cell prev = series.size() >= 2 ? cellOf(series.get(series.size() - 2), k.key()) : Cell.text("");
            Cell change = prev.text().isEmpty() ? Cell.text("") : req.disclosure().change(k.cell(), prev);
            KpiReading reading = catalog.reading(k.key());
            List<Cell> trend = series.stream().map(m -> cellOf(m, k.key())).toList();
            BoardCard card = new BoardCard(catalog.title(k.key()), k.cell(), Kpis.unitLabel(k.unit()), reading.target(), trend, dates,
                    catalog.cohortBehind(k.key()));
            headline.row(Cell.text(catalog.title(k.key())), k.cell(), prev, change, Cell.text(Kpis.unitLabel(k.unit())), k.counted(), k.outOf(),
                    Cell.text(card.targetWords()), Cell.text(card.status().words));
            // a cohort's own count is a card only where the board asks about that group (the vulnerable cohorts), or when there is nothing else
            if (anyHeadline && k.key().startsWith("cohort.") && reading.question() == KpiReading.Question.OTHER) continue;
            cards.computeIfAbsent(reading.question(), q -> new StringBuilder()).append(card.html());
        }
        DataTable.Builder trendTable = DataTable.builder("kpi-trends", "KPIs by snapshot").column(Column.text("kpi", "KPI"));
        for (String d : dates) trendTable.column(Column.number("s_" + d, d));
        for (String key : now.keySet()) {
            List<Cell> row = new ArrayList<>();
            row.add(Cell.text(catalog.title(key)));
            for (Map<String, Kpis.Kpi> m : series) row.add(cellOf(m, key));
            trendTable.row(row);
        }

        DataTable.Builder size = DataTable.builder("linked", "What this snapshot holds")
                .column(Column.text("measure", "Measure")).column(Column.number("count", "Count"));
        size.row(Cell.text("Children and young people (linked persons)"), req.disclosure().count(cur.count("SELECT count(*) FROM person")));
        size.row(Cell.text("Records from all sources"), req.disclosure().count(cur.count("SELECT count(*) FROM record")));
        size.row(Cell.text("Sources"), Cell.number(Long.toString(cur.count("SELECT count(DISTINCT source) FROM record")),
                (double) cur.count("SELECT count(DISTINCT source) FROM record")));

        String lede = "Snapshot of " + Kpis.date(cur) + " (" + history.size() + " snapshot" + (history.size() == 1 ? "" : "s")
                + " so far). Figures follow the disclosure rule: " + req.disclosure().describe() + ".";
        List<Section> sections = new ArrayList<>();
        leftOut(cur).ifPresent(sections::add);
        if (now.isEmpty()) sections.add(Section.of("Headline KPIs", "<p class=\"govuk-body\">This snapshot holds no KPI values yet.</p>"));
        for (KpiReading.Question q : KpiReading.Question.values()) {
            StringBuilder c = cards.get(q);
            if (q == KpiReading.Question.DATA_QUALITY) {
                sections.add(Section.of(BoardQuestions.heading(q), BoardQuestions.intro(q) + (c == null ? "" : "<div class=\"jigsaw-cards\">" + c + "</div>"), size.build()));
            } else if (c != null) {
                sections.add(Section.of(BoardQuestions.heading(q), BoardQuestions.intro(q) + "<div class=\"jigsaw-cards\">" + c + "</div>"));
            }
        }
        sections.add(Section.of("Headline KPIs", "<p class=\"govuk-body\">Every KPI with its target and status, as a table.</p>", headline.build()));
        sections.add(Section.of("Trends", "<p class=\"govuk-body\">Each KPI at every snapshot so far.</p>", trendTable.build()));
        return new PageData("Overview", lede, "", sections);
    }

    /**
     * Sources the agreements (or a wrong key) kept out of this snapshot, with the reason: a board
     * whose figures fell because the health agreement lapsed must see that before the figures.
     */
    private static java.util.Optional<Section> leftOut(Snapshot cur) {
        DataTable.Builder t = DataTable.builder("not-ingested", "Sources not ingested")
                .column(Column.text("source", "Source")).column(Column.text("reason", "Why"));
        cur.query("SELECT source, detail FROM quality_finding WHERE check_name IN (?, ?) ORDER BY source",
                rs -> t.row(Cell.text(rs.getString(1)), Cell.text(rs.getString(2))),
                org.jigsaw.govern.GovernedIngest.NOT_INGESTED, org.jigsaw.ingest.check.Checks.REFUSED);
        DataTable table = t.build();
        int n = table.rows().size();
        if (n == 0) return java.util.Optional.empty();
        String warning = "<div class=\"govuk-warning-text\"><span class=\"govuk-warning-text__icon\" aria-hidden=\"true\">!</span>"
                + "<strong class=\"govuk-warning-text__text\"><span class=\"govuk-visually-hidden\">Warning</span>"
                + n + (n == 1 ? " source was" : " sources were")
                + " not ingested into this snapshot, so every figure on every page leaves them out.</strong></div>";
        return java.util.Optional.of(Section.of("Sources left out", warning, table));
    }

    private static Cell cellOf(Map<String, Kpis.Kpi> m, String key) {
        Kpis.Kpi k = m.get(key);
        return k == null ? Cell.text("") : k.cell();
    }
}
