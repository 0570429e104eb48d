package org.jigsaw.web.page;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jigsaw.web.access.Access;
import org.jigsaw.web.access.Disclosure;
import org.jigsaw.web.view.Cell;
import org.jigsaw.web.view.Charts;
import org.jigsaw.web.view.Column;
import org.jigsaw.web.view.DataTable;

/**
 * Learning disability at ages 14–25 seen from four sources — the council's social-care register,
 * the School Census (MLD, SLD or PMLD), the GP register and an annual health check in the last
 * 12 months — as an UpSet chart of every combination, and the gaps between them.
 */
public final class LearningDisabilityPage implements Page {
    static final List<String> SETS = List.of("Social-care LD register", "School Census MLD/SLD/PMLD", "GP LD register",
            "Annual health check in 12 months");

    @Override
    public String path() {
        return "/learning-disability";
    }

    @Override
    public String navLabel() {
        return "Learning disability";
    }

    @Override
    public Access access() {
        return Access.AGGREGATES;
    }

    @Override
    public PageData build(PageRequest req) {
        Disclosure d = req.disclosure();
        Map<Integer, Long> combos = new HashMap<>();
        req.snapshot().query("WITH " + Sql.PEOPLE + """
                , flags AS (
                  SELECT p.person_id,
                    bool_or(f.type = 'ld_register' AND f.code = 'SOCIAL_CARE' AND f.start_date <= ref.d AND (f.end_date IS NULL OR f.end_date >= ref.d)) AS sc,
                    bool_or(f.type = 'primary_need' AND f.code IN ('MLD', 'SLD', 'PMLD')) AS school,
                    bool_or(f.type = 'ld_register' AND f.code = 'HEALTH' AND f.start_date <= ref.d AND (f.end_date IS NULL OR f.end_date >= ref.d)) AS gp,
                    bool_or(f.type = 'annual_health_check' AND f.start_date > ref.d - INTERVAL 365 DAY AND f.start_date <= ref.d) AS ahc
                  FROM p JOIN fact f USING (person_id), ref
                  WHERE p.age BETWEEN 14 AND 25
                  GROUP BY p.person_id)
                SELECT (CASE WHEN sc THEN 1 ELSE 0 END) + (CASE WHEN school THEN 2 ELSE 0 END) + (CASE WHEN gp THEN 4 ELSE 0 END)
                       + (CASE WHEN ahc THEN 8 ELSE 0 END) AS mask, count(*)
                FROM flags WHERE sc OR school OR gp OR ahc GROUP BY 1""", rs -> combos.put(rs.getInt(1), rs.getLong(2)));

        DataTable.Builder table = DataTable.builder("combinations", "People aged 14 to 25 in each combination of sources")
                .column(Column.text("combination", "Known to"));
        for (int i = 0; i < SETS.size(); i++) table.column(Column.text("set" + i, SETS.get(i)));
        table.column(Column.number("count", "People"));
        List<boolean[]> masks = new ArrayList<>();
        List<Double> sizes = new ArrayList<>();
        List<Integer> order = new ArrayList<>();
        for (int m = 1; m < 16; m++) order.add(m);
        // largest first by the released figure: ordering by the true count would tell which of two
        // suppressed combinations is larger, and rank a suppressed one against a released one
        java.util.function.ToDoubleFunction<Integer> released = m -> {
            Double v = d.count(combos.getOrDefault(m, 0L)).value();
            return v == null ? 0.5 : v;
        };
        order.sort(java.util.Comparator.comparingDouble(released).reversed().thenComparing(m -> m));
        for (int m : order) {
            boolean[] in = new boolean[SETS.size()];
            List<String> names = new ArrayList<>();
            List<Cell> row = new ArrayList<>();
            row.add(null);
            for (int i = 0; i < SETS.size(); i++) {
                in[i] = (m & (1 << i)) != 0;
                if (in[i]) names.add(SETS.get(i));
                row.add(Cell.text(in[i] ? "Yes" : "No"));
            }
            row.set(0, Cell.text(String.join(" + ", names)));
            Cell c = d.count(combos.getOrDefault(m, 0L));
            row.add(c);
            table.row(row);
            masks.add(in);
            sizes.add(c.value());
        }
        DataTable comboTable = table.build();

        DataTable.Builder gaps = DataTable.builder("gaps", "Gaps between sources")
                .column(Column.text("gap", "Gap")).column(Column.number("count", "People"));
        gaps.row(Cell.text("School Census LD need, not on the GP LD register"), d.count(sum(combos, 2, 4)));
        gaps.row(Cell.text("Social-care LD register, not on the GP LD register"), d.count(sum(combos, 1, 4)));
        gaps.row(Cell.text("GP LD register, no annual health check in 12 months"), d.count(sum(combos, 4, 8)));
        gaps.row(Cell.text("GP LD register, not known to social care"), d.count(sum(combos, 4, 1)));
        gaps.row(Cell.text("School Census LD need, unknown to both registers"), d.count(sum(combos, 2, 5)));
        String chart = Charts.upset("chart-upset", "Learning disability across four sources, ages 14 to 25", SETS, masks, sizes, "combinations");
        return new PageData("Learning-disability triangulation",
                "Young people aged 14 to 25 recorded with a learning disability by at least one of four sources. Each column of the chart is one "
                        + "combination of sources (filled dots); its bar is the number of people in exactly that combination.",
                "", List.of(Section.of("Combinations", chart, comboTable), Section.of("Gaps", "", gaps.build())));
    }

    /** People in every combination that includes all of {@code in} and none of {@code out}. */
    private static long sum(Map<Integer, Long> combos, int in, int out) {
        long n = 0;
        for (Map.Entry<Integer, Long> e : combos.entrySet()) {
            if ((e.getKey() & in) == in && (e.getKey() & out) == 0) n += e.getValue();
        }
        return n;
    }
}
