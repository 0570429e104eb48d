package org.jigsaw.cli;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.jigsaw.store.CohortCount;
import org.jigsaw.store.KpiValue;
import org.jigsaw.store.RunInfo;
import org.jigsaw.store.SnapshotReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "cohorts", mixinStandardHelpOptions = true,
        description = "Print every cohort's size and every KPI from the current snapshot, as the agreements release them (--exact for exact figures).")
final class CohortsCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "AREA", description = "the area folder")
    Path area;

    @Mixin
    SnapshotOption snapshot;

    @picocli.CommandLine.Option(names = "--trends", description = "also print each KPI across the kept snapshots, oldest first")
    boolean trends;

    @Mixin
    FigureOptions figures;

    @Override
    public Integer call() throws java.io.IOException {
        try (SnapshotReader r = snapshot.open(area)) {
            Format f = figures.open(area, "cohorts", "cohort sizes and KPIs of snapshot " + r.run().runId());
            RunInfo run = r.run();
            System.out.printf("%s - snapshot %s, reference date %s%n", run.areaName(), run.runId(), run.referenceDate());
            String group = null;
            for (CohortCount c : r.cohorts()) {
                if (!c.group().equals(group)) {
                    group = c.group();
                    System.out.printf("%n%s%n", group);
                }
                System.out.printf("  %-42s %9s  %s%n", c.cohort(), f.count(c.members()), c.title());
            }
            Map<String, String> titles = r.kpiTitles();
            System.out.printf("%nKPIs%n");
            for (KpiValue k : r.kpis().stream().filter(KpiValue::headline).filter(k -> !k.kpi().startsWith("cohort."))
                    .collect(Collectors.toList())) {
                System.out.printf("  %-42s %12s  %s%n", k.kpi(), f.value(k.value(), k.numerator(), k.denominator(), k.unit()), titles.getOrDefault(k.kpi(), ""));
            }
            if (trends) printTrends(f);
        }
        return 0;
    }

    private void printTrends(Format f) {
        java.util.Map<String, java.util.List<org.jigsaw.store.TrendPoint>> all = new org.jigsaw.store.Trends(
                org.jigsaw.store.Snapshots.of(area)).all();
        System.out.printf("%nTrends (reference dates: %s)%n", all.values().stream().findFirst().orElse(java.util.List.of()).stream()
                .map(p -> String.valueOf(p.referenceDate())).collect(Collectors.joining(", ")));
        all.forEach((kpi, points) -> System.out.printf("  %-42s %s%n", kpi, points.stream()
                .map(p -> f.value(p.value(), p.numerator(), p.denominator(), p.unit())).collect(Collectors.joining("  "))));
    }
}
