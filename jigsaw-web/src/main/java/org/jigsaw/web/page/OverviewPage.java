package org.jigsaw.web.page;

import static org.jigsaw.web.view.Html.esc;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jigsaw.web.access.Access;
import org.jigsaw.web.snapshot.Snapshot;
import org.jigsaw.web.view.Cell;
import org.jigsaw.web.view.Charts;
import org.jigsaw.web.view.Column;
import org.jigsaw.web.view.DataTable;

/** Headline KPIs of the current snapshot, each with its trend over earlier snapshots. */
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
                .column(Column.number("out_of", "Out of"));
        StringBuilder cards = new StringBuilder("<div class=\"jigsaw-cards\">");
        boolean anyHeadline = now.keySet().stream().anyMatch(k -> !k.startsWith("cohort."));
        for (Kpis.Kpi k : now.values()) {
            Cell prev = series.size() >= 2 ? cellOf(series.get(series.size() - 2), k.key()) : Cell.text("");
            Cell change = prev.text().isEmpty() ? Cell.text("") : req.disclosure().change(k.cell(), prev);
            headline.row(Cell.text(catalog.title(k.key())), k.cell(), prev, change, Cell.text(Kpis.unitLabel(k.unit())), k.counted(), k.outOf());
            List<Double> trend = series.stream().map(m -> cellOf(m, k.key()).value()).toList();
            if (anyHeadline && k.key().startsWith("cohort.")) continue;
            cards.append("<div class=\"jigsaw-card\"><h3 class=\"govuk-heading-s\">").append(esc(catalog.title(k.key())))
                    .append("</h3><p class=\"govuk-body jigsaw-card__value\">").append(esc(k.cell().text()))
                    .append(" <span class=\"govuk-body-s\">").append(esc(Kpis.unitLabel(k.unit()))).append("</span></p>")
                    .append(Charts.sparkline(trend)).append("</div>");
        }
        cards.append("</div>");

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
        sections.add(Section.of("Headline KPIs", now.isEmpty() ? "<p class=\"govuk-body\">This snapshot holds no KPI values yet.</p>" : cards.toString(),
                headline.build()));
        sections.add(Section.of("Trends", "<p class=\"govuk-body\">Each KPI at every snapshot so far.</p>", trendTable.build()));
        sections.add(Section.of("This snapshot", "", size.build()));
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
                org.jigsaw.govern.GovernedIngest.NOT_INGESTED, org.jigsaw.quality.Checks.REFUSED);
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
