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

    /**
     * Median and worst wall time of the timed runs of one query, the median CPU time the whole
     * process spent on it (DuckDB's worker threads included: steadier than wall time on a busy
     * machine), all in milliseconds, and the count the query returned.
     */
    public record Timing(String query, double medianMs, double maxMs, double medianCpuMs, long result) {
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
            // each cohort as the engine runs it: cohorts it builds on are looked up in cohort_member
            java.util.Set<String> done = new java.util.HashSet<>();
            for (CohortDefinition d : set.dependencyOrder()) {
                String q = sql.withMaterialised(done).members(d.name());
                timings.add(time(c, "cohort " + d.name(), "SELECT COUNT(*) FROM (" + q + ") m", repeat));
                done.add(d.name());
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
        double[] cpu = new double[ms.length];
        var os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        long result = 0;
        try (Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery(query)) { // warm-up: first touch of the file's blocks
                rs.next();
            }
            for (int i = 0; i < ms.length; i++) {
                long c0 = os.getProcessCpuTime();
                long t0 = System.nanoTime();
                try (ResultSet rs = s.executeQuery(query)) {
                    rs.next();
                    result = rs.getLong(1);
                }
                ms[i] = (System.nanoTime() - t0) / 1e6;
                cpu[i] = (os.getProcessCpuTime() - c0) / 1e6;
            }
        }
        Arrays.sort(ms);
        Arrays.sort(cpu);
        return new Timing(name, ms[ms.length / 2], ms[ms.length - 1], cpu[cpu.length / 2], result);
    }
}
