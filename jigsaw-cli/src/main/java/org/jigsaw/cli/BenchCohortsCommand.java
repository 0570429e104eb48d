package org.jigsaw.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.jigsaw.cohort.CohortsYaml;
import org.jigsaw.store.CohortBench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "cohorts", mixinStandardHelpOptions = true,
        description = "Time every built-in cohort and KPI query on a generated area (target: 200 ms each at 300,000 children).")
final class BenchCohortsCommand implements Callable<Integer> {
    @Option(names = "--children", defaultValue = "300000", description = "children in the generated area (default ${DEFAULT-VALUE})")
    int children;

    @Option(names = "--repeat", defaultValue = "5", description = "timed runs per query (default ${DEFAULT-VALUE})")
    int repeat;

    @Option(names = "--seed", defaultValue = "42", description = "generator seed (default ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--target-ms", defaultValue = "200", description = "per-query target (default ${DEFAULT-VALUE})")
    double targetMs;

    @Override
    public Integer call() throws Exception {
        Path work = Files.createTempDirectory("jigsaw-bench");
        try {
            String loadBefore = loadAverage();
            CohortBench.Result r = new CohortBench().run(new CohortsYaml().builtIn(), children, repeat, seed, work);
            System.out.printf("%,d children, %,d facts generated in %.1f s; %d timed runs per query%n",
                    r.children(), r.facts(), r.generateSeconds(), repeat);
            System.out.printf("%d cores; load average before %s, after %s (wall times on a busy machine overstate)%n",
                    Runtime.getRuntime().availableProcessors(), loadBefore, loadAverage());
            System.out.printf("  %-55s %8s %8s %8s %10s%n", "query", "median", "max", "cpu", "count");
            int over = 0;
            for (CohortBench.Timing t : r.timings()) {
                boolean slow = t.medianMs() > targetMs;
                if (slow) over++;
                System.out.printf("  %-55s %8.1f %8.1f %8.1f %10d%s%n", t.query(), t.medianMs(), t.maxMs(), t.medianCpuMs(), t.result(),
                        slow ? "  > target" : "");
            }
            System.out.printf("worst median %.1f ms; %d of %d queries over %.0f ms%n", r.worstMedianMs(), over, r.timings().size(), targetMs);
            return over == 0 ? 0 : 2;
        } finally {
            Files.deleteIfExists(work);
        }
    }

    private static String loadAverage() {
        double l = java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        return l < 0 ? "n/a" : String.format("%.1f", l);
    }
}
