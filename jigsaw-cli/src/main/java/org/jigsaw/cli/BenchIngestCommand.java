package org.jigsaw.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.jigsaw.ingest.IngestBench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = "Generate synthetic rows, then read, validate and standardise them; print one JSON line (target: 250,000 rows/s, heap 1 GB).")
final class BenchIngestCommand implements Callable<Integer> {
    @Option(names = "--rows", defaultValue = "1000000", description = "rows to generate (default ${DEFAULT-VALUE})")
    long rows;

    @Option(names = "--seed", defaultValue = "42", description = "generator seed (default ${DEFAULT-VALUE})")
    long seed;

    @Override
    public Integer call() throws Exception {
        Path work = Files.createTempDirectory("jigsaw-bench-ingest");
        try {
            long g0 = System.nanoTime();
            IngestBench.generate(work, rows, seed);
            double gen = (System.nanoTime() - g0) / 1e9;
            System.err.printf(Locale.UK, "[jigsaw] generated %,d rows (%,d MB) in %.1f s%n", rows,
                    Files.size(work.resolve("extracts/bench.csv")) >> 20, gen);
            IngestBench.Result r = IngestBench.run(work, new ConsoleProgress(System.err));
            System.out.printf(Locale.ROOT, "{\"bench\":\"ingest\",\"rows\":%d,\"loaded\":%d,\"quarantined\":%d,\"records\":%d,"
                            + "\"seconds\":%.3f,\"rows_per_s\":%.0f,\"cpu_s\":%.3f,\"rows_per_cpu_s\":%.0f,\"peak_heap_mb\":%d,\"max_heap_mb\":%d,\"reconciles\":%b,"
                            + "\"cores\":%d,\"load_avg\":%.1f,\"java\":\"%s\"}%n",
                    r.rows(), r.loaded(), r.quarantined(), r.records(), r.seconds(), r.rowsPerSecond(), r.cpuSeconds(), r.rowsPerCpuSecond(), r.peakHeapMb(),
                    r.maxHeapMb(), r.reconciles(), Runtime.getRuntime().availableProcessors(),
                    java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), System.getProperty("java.version"));
            return r.reconciles() ? 0 : 1;
        } finally {
            try (Stream<Path> s = Files.walk(work)) {
                s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
