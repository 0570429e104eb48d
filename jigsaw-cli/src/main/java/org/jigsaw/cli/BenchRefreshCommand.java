package org.jigsaw.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.jigsaw.area.Area;
import org.jigsaw.area.FileTrees;
import org.jigsaw.link.compare.LevelKinds;
import org.jigsaw.link.incremental.IncrementalLinkStage;
import org.jigsaw.ops.bench.TermArea;
import org.jigsaw.privacy.PprlStages;
import org.jigsaw.progress.Progress;
import org.jigsaw.store.Refresh;
import org.jigsaw.store.RefreshSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code jigsaw bench refresh}: a generated area is refreshed, advanced a term, then refreshed
 * again twice from the same state — once incrementally, once in full — and both are timed.
 */
@Command(name = "refresh", mixinStandardHelpOptions = true,
        description = "Benchmark a refresh a term later: full vs incremental linkage on a generated area; prints JSON.")
final class BenchRefreshCommand implements Callable<Integer> {

    @Option(names = "--children", defaultValue = "300000", description = "children in the generated area (default: ${DEFAULT-VALUE})")
    int children;

    @Option(names = "--seed", defaultValue = "42", description = "generator seed (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--dir", description = "work folder (default: a temporary folder, deleted afterwards)")
    Path dir;

    @Override
    public Integer call() throws Exception {
        boolean temporary = dir == null;
        Path work = temporary ? Files.createTempDirectory("jigsaw-bench-refresh") : Files.createDirectories(dir);
        try {
            Path inc = work.resolve("incremental"), full = work.resolve("full");
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("children", children);
            out.put("cores", Runtime.getRuntime().availableProcessors());
            out.put("max_heap_mb", Runtime.getRuntime().maxMemory() >> 20);

            long t = System.nanoTime();
            TermArea.writeDefinitions(inc, LocalDate.of(2026, 3, 31));
            TermArea.writeExtracts(inc, children, 0, seed);
            out.put("generate_seconds", secs(t));
            System.err.println("[bench] first refresh (no cache yet) ...");
            RefreshSummary first = run(inc, PprlStages.incremental(LevelKinds.defaults(), true));
            out.put("first_refresh", figures(first, null));

            // a term later: both areas start from the same snapshot, cache and extracts
            FileTrees.copy(inc, full);
            Files.deleteIfExists(IncrementalLinkStage.cacheFile(full));
            for (Path a : new Path[] {inc, full}) {
                TermArea.writeDefinitions(a, LocalDate.of(2026, 7, 31));
                TermArea.writeExtracts(a, children, 1, seed);
            }
            System.err.println("[bench] next term, full refresh ...");
            IncrementalLinkStage fullStage = PprlStages.incremental(LevelKinds.defaults(), false);
            RefreshSummary f = run(full, fullStage);
            System.err.println("[bench] next term, incremental refresh ...");
            IncrementalLinkStage incStage = PprlStages.incremental(LevelKinds.defaults(), true);
            RefreshSummary i = run(inc, incStage);
            Map<String, Object> fullFigures = figures(f, fullStage.lastMetrics());
            Map<String, Object> incFigures = figures(i, incStage.lastMetrics());
            out.put("full", fullFigures);
            out.put("incremental", incFigures);
            double fl = seconds(f.timings().get("link")), il = seconds(i.timings().get("link"));
            out.put("link_speedup", Math.round(fl / Math.max(1e-3, il) * 10) / 10.0);
            out.put("refresh_speedup", Math.round(total(f) / Math.max(1e-3, total(i)) * 10) / 10.0);
            out.put("same_persons", f.persons() == i.persons());
            System.out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(out));
            return 0;
        } finally {
            if (temporary) {
                deleteTree(work);
            }
        }
    }

    private static RefreshSummary run(Path area, IncrementalLinkStage stage) throws Exception {
        return new Refresh(PprlStages.ingest(), stage, 3, Clock.systemUTC()).run(Area.open(area), Progress.NONE);
    }

    private static Map<String, Object> figures(RefreshSummary s, Map<String, Object> incremental) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("records", s.records());
        m.put("persons", s.persons());
        m.put("candidate_pairs", s.pairs());
        Map<String, Double> stages = new LinkedHashMap<>();
        s.timings().forEach((k, v) -> stages.put(k, seconds(v)));
        m.put("seconds", stages);
        m.put("total_seconds", Math.round(total(s) * 10) / 10.0);
        if (incremental != null) {
            m.put("linkage", incremental);
        }
        return m;
    }

    private static double total(RefreshSummary s) {
        return s.timings().values().stream().mapToDouble(BenchRefreshCommand::seconds).sum();
    }

    private static double seconds(Duration d) {
        return d == null ? 0 : d.toMillis() / 1000.0;
    }

    private static double secs(long t0) {
        return Math.round((System.nanoTime() - t0) / 1e8) / 10.0;
    }

    private static void deleteTree(Path root) throws Exception {
        try (Stream<Path> files = Files.walk(root)) {
            for (Path p : (Iterable<Path>) files.sorted(Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(p);
            }
        }
    }
}
