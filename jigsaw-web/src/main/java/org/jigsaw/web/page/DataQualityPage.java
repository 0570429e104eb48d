package org.jigsaw.web.page;

import java.util.List;
import java.util.Locale;
import org.jigsaw.store.Snapshot;
import org.jigsaw.web.access.Access;
import org.jigsaw.web.access.Disclosure;
import org.jigsaw.web.view.Cell;
import org.jigsaw.web.view.Column;
import org.jigsaw.web.view.DataTable;

/** Per-source reconciliation (read = loaded + quarantined), quarantine reasons and quality findings. */
public final class DataQualityPage implements Page {

    @Override
    public String path() {
        return "/data-quality";
    }

    @Override
    public String navLabel() {
        return "Data quality";
    }

    @Override
    public Access access() {
        return Access.DATA_QUALITY;
    }

    /** Findings about a source as a whole (not read at all), not about some of its records. */
    private static final java.util.Set<String> NOT_COUNTED = java.util.Set.of(org.jigsaw.govern.GovernedIngest.NOT_INGESTED,
            org.jigsaw.ingest.check.Checks.REFUSED);

    @Override
    public PageData build(PageRequest req) {
        Snapshot s = req.snapshot();
        Disclosure d = req.disclosure();
        DataTable.Builder rec = DataTable.builder("reconciliation", "Rows per source")
                .column(Column.text("source", "Source")).column(Column.text("agency", "Agency")).column(Column.text("extract_date", "Extract date"))
                .column(Column.number("read", "Rows read")).column(Column.number("loaded", "Loaded")).column(Column.number("quarantined", "Quarantined"));
        s.query("SELECT source, coalesce(agency, ''), coalesce(CAST(extract_date AS VARCHAR), ''), rows_read, rows_loaded, rows_quarantined FROM source_run ORDER BY source",
                rs -> rec.row(Cell.text(rs.getString(1)), Cell.text(words(rs.getString(2))), Cell.text(org.jigsaw.web.words.Dates.day(rs.getString(3))), plain(rs.getLong(4)),
                        plain(rs.getLong(5)), plain(rs.getLong(6))));
        DataTable.Builder q = DataTable.builder("quarantine", "Quarantined rows by reason")
                .column(Column.text("source", "Source")).column(Column.text("reason", "Reason")).column(Column.number("rows", "Rows"));
        s.query("SELECT source, reason, count(*) FROM quarantine GROUP BY ALL ORDER BY 1, 3 DESC",
                rs -> q.row(Cell.text(rs.getString(1)), Cell.text(org.jigsaw.ingest.check.Checks.quarantineReason(rs.getString(2))), plain(rs.getLong(3))));
        DataTable.Builder f = DataTable.builder("findings", "Quality findings")
                .column(Column.text("source", "Source")).column(Column.text("field", "Field")).column(Column.text("check", "Check"))
                .column(Column.number("count", "Records affected")).column(Column.number("percent", "Per cent of records"))
                .column(Column.text("detail", "Detail"));
        s.query("SELECT coalesce(source, 'All sources'), coalesce(field, ''), check_name, count, denominator, coalesce(detail, '') FROM quality_finding "
                + "ORDER BY 1, 3, 2", rs -> {
                    long n = rs.getLong(4);
                    long den = rs.getLong(5);
                    // a source left unread has no records to count: its detail says why
                    boolean unread = NOT_COUNTED.contains(rs.getString(3));
                    f.row(Cell.text(rs.getString(1)), Cell.text(rs.getString(2).replace('_', ' ')), Cell.text(capital(org.jigsaw.ingest.check.Checks.label(rs.getString(3).toLowerCase(Locale.ROOT)))), unread ? Cell.text("") : d.count(n),
                            den > 0 && !unread ? d.percent(n, den) : Cell.text(""), Cell.text(rs.getString(6)));
                    return null;
                });
        return new PageData("Data quality", "How each extract loaded, what was quarantined and why, and the quality checks on every field. "
                + "Row counts describe files, not children, so they are shown exactly; counts of records with a finding follow the disclosure rule.", "",
                List.of(Section.of("Reconciliation", "", rec.build()), Section.of("Quarantine", "", q.build()),
                        Section.of("Findings", "", f.build())));
    }

    private static String capital(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** An agency key such as {@code social_care} as words. */
    private static String words(String key) {
        return capital(key.replace('_', ' '));
    }

    /** File row counts: operational figures about extracts, not about children. */
    static Cell plain(long n) {
        return Cell.number(String.format(Locale.ROOT, "%,d", n), (double) n);
    }
}
