package org.jigsaw.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jigsaw.cohort.CohortDefinition;
import org.jigsaw.cohort.CohortSet;
import org.jigsaw.cohort.CohortSql;
import org.jigsaw.cohort.EvaluationContext;
import org.jigsaw.cohort.KpiDefinition;

/**
 * Times every cohort and KPI query of a set on a generated area of {@code children} children,
 * the way the dashboard runs them: on a snapshot file opened read-only.
 */
public final class CohortBench {

    /** Median and worst of the timed runs of one query, in milliseconds, and the rows it counted. */
    public record Timing(String query, double medianMs, double maxMs, long result) {
    }

    public record Result(int children, long facts, double generateSeconds, List<Timing> timings) {
        public double worstMedianMs() {
            return timings.stream().mapToDouble(Timing::medianMs).max().orElse(0);
        }
    }

    public Result run(CohortSet set, int children, int repeat, long seed, Path workDir) throws IOException, SQLException {
        LocalDate ref = LocalDate.of(2026, 8, 31);
        EvaluationContext ctx = new EvaluationContext(ref, children, "QUE");
        Path db = workDir.resolve("bench-cohorts.duckdb");
        Files.deleteIfExists(db);
        long t0 = System.nanoTime();
        long facts;
        try (Connection c = Duck.openWritable(db)) {
            facts = BenchData.generate(c, children, ref, seed);
            new CohortEngine(set, ctx).evaluate(c); // members for the KPI queries, as in a snapshot
        }
        double generate = (System.nanoTime() - t0) / 1e9;
        List<Timing> timings = new ArrayList<>();
        CohortSql sql = new CohortSql(set, ctx);
        try (Connection c = Duck.openReadOnly(db)) {
            for (CohortDefinition d : set.cohorts()) {
                timings.add(time(c, "cohort " + d.name(), "SELECT COUNT(*) FROM (" + sql.members(d.name()) + ") m", repeat));
            }
            for (KpiDefinition k : set.kpis()) {
                timings.add(time(c, "kpi " + k.name(), "SELECT COUNT(*) FROM (" + sql.kpi(k) + ") k", repeat));
            }
        } finally {
            Files.deleteIfExists(db);
        }
        return new Result(children, facts, generate, timings);
    }

    private static Timing time(Connection c, String name, String query, int repeat) throws SQLException {
        double[] ms = new double[Math.max(1, repeat)];
        long result = 0;
        try (Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery(query)) { // warm-up: first touch of the file's blocks
                rs.next();
            }
            for (int i = 0; i < ms.length; i++) {
                long t0 = System.nanoTime();
                try (ResultSet rs = s.executeQuery(query)) {
                    rs.next();
                    result = rs.getLong(1);
                }
                ms[i] = (System.nanoTime() - t0) / 1e6;
            }
        }
        Arrays.sort(ms);
        return new Timing(name, ms[ms.length / 2], ms[ms.length - 1], result);
    }
}
