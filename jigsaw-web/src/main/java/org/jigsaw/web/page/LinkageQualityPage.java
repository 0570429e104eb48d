package org.jigsaw.web.page;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jigsaw.store.Snapshot;
import org.jigsaw.web.access.Access;
import org.jigsaw.web.access.Disclosure;
import org.jigsaw.web.view.Cell;
import org.jigsaw.web.view.Charts;
import org.jigsaw.web.view.Column;
import org.jigsaw.web.view.DataTable;

/** Match-weight histogram, decisions, records per person and link rates between sources. */
public final class LinkageQualityPage implements Page {

    @Override
    public String path() {
        return "/linkage-quality";
    }

    @Override
    public String navLabel() {
        return "Linkage quality";
    }

    @Override
    public Access access() {
        return Access.LINKAGE_QUALITY;
    }

    /**
     * Every candidate pair counted by decision and weight: the {@code pair_weight} table, or for a
     * snapshot written before it existed (which kept every pair in {@code pair}) the same counts from there.
     */
    private static String weights(Snapshot s) {
        boolean counted = s.count("SELECT count(*) FROM duckdb_tables() WHERE table_name = 'pair_weight'") > 0;
        return counted ? "pair_weight" : "(SELECT decision, CASE WHEN isfinite(match_weight) THEN CAST(floor(match_weight) AS INTEGER) END "
                + "AS weight_bin, count(*) AS pairs, coalesce(sum(match_probability) FILTER (WHERE isfinite(match_probability)), 0) "
                + "AS probability_sum FROM pair GROUP BY 1, 2)";
    }

    /**
     * The linker's thresholds as the decisions show them: pairs below the review band were kept
     * apart, pairs above it linked. Marked where the band of REVIEW pairs starts and ends.
     */
    private static List<Charts.Marker> thresholds(Snapshot s, String weights, List<String> bins) {
        List<Charts.Marker> out = new ArrayList<>();
        s.query("SELECT min(weight_bin), max(weight_bin) FROM " + weights + " WHERE decision = 'REVIEW' AND weight_bin IS NOT NULL", rs -> {
            if (rs.getObject(1) == null) return null;
            int lo = bins.indexOf(Integer.toString(rs.getInt(1)));
            int hi = bins.indexOf(Integer.toString(rs.getInt(2)));
            if (lo >= 0) out.add(new Charts.Marker(lo, "Review from " + rs.getInt(1)));
            if (hi >= 0) out.add(new Charts.Marker(hi + 1, "Link above " + (rs.getInt(2) + 1)));
            return null;
        });
        return out;
    }

    @Override
    public PageData build(PageRequest req) {
        Snapshot s = req.snapshot();
        Disclosure d = req.disclosure();
        DataTable.Builder hist = DataTable.builder("weights", "Candidate pairs by match weight")
                .column(Column.text("weight", "Match weight")).column(Column.number("pairs", "Pairs"));
        List<String> bins = new ArrayList<>();
        List<Double> counts = new ArrayList<>();
        String weights = weights(s);
        s.query("SELECT weight_bin, sum(pairs) FROM " + weights + " WHERE weight_bin IS NOT NULL GROUP BY 1 ORDER BY 1", rs -> {
                    String label = rs.getInt(1) + " to " + (rs.getInt(1) + 1);
                    hist.row(Cell.text(label), DataQualityPage.plain(rs.getLong(2)));
                    bins.add(Integer.toString(rs.getInt(1)));
                    counts.add((double) rs.getLong(2));
                    return null;
                });
        DataTable.Builder dec = DataTable.builder("decisions", "Pairs by decision")
                .column(Column.text("decision", "Decision")).column(Column.number("pairs", "Pairs"))
                .column(Column.number("mean_probability", "Mean match probability"));
        s.query("SELECT decision, sum(pairs), sum(probability_sum) / sum(pairs) FROM " + weights + " GROUP BY 1 ORDER BY 2 DESC",
                rs -> dec.row(Cell.text(rs.getString(1)), DataQualityPage.plain(rs.getLong(2)),
                        Cell.number(String.format(Locale.ROOT, "%.3f", rs.getDouble(3)), rs.getDouble(3))));
        DataTable.Builder size = DataTable.builder("records-per-person", "Persons by number of linked records")
                .column(Column.text("records", "Records")).column(Column.number("persons", "Persons"));
        s.query("SELECT CASE WHEN n >= 6 THEN '6 or more' ELSE CAST(n AS VARCHAR) END AS k, count(*) FROM "
                + "(SELECT person_id, count(*) n FROM person_record GROUP BY 1) GROUP BY 1 ORDER BY 1",
                rs -> size.row(Cell.text(rs.getString(1)), d.count(rs.getLong(2))));
        DataTable.Builder rates = DataTable.builder("link-rates", "Link rates between sources")
                .column(Column.text("from", "Persons with a record in")).column(Column.text("to", "Also in"))
                .column(Column.number("persons", "Persons")).column(Column.number("out_of", "Out of"))
                .column(Column.number("rate", "Per cent"));
        s.query("""
                WITH ps AS (SELECT DISTINCT pr.person_id, r.source FROM person_record pr JOIN record r USING (record_key)),
                     base AS (SELECT source, count(*) n FROM ps GROUP BY 1)
                SELECT a.source, b.source, count(*), base.n FROM ps a JOIN ps b ON a.person_id = b.person_id AND a.source <> b.source
                JOIN base ON base.source = a.source GROUP BY a.source, b.source, base.n ORDER BY 1, 2""",
                rs -> rates.row(Cell.text(rs.getString(1)), Cell.text(rs.getString(2)), d.count(rs.getLong(3)), d.count(rs.getLong(4)),
                        d.percent(rs.getLong(3), rs.getLong(4))));
        String chart = Charts.columns("chart-weights", "Match weights of candidate pairs, with the decision thresholds", bins, counts,
                "Match weight (log2 of the likelihood ratio)", "weights", thresholds(s, weights, bins));
        return new PageData("Linkage quality", "How confident the linkage is: the distribution of match weights (well-separated peaks mean "
                + "clear decisions), what was decided, and how often each source links to the others.", "",
                List.of(Section.of("Match weights", chart, hist.build()), Section.of("Decisions", "", dec.build()),
                        Section.of("Persons", "", size.build(), rates.build())));
    }
}
