package org.jigsaw.spark.bench;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.jigsaw.link.spec.LinkSpec;
import org.jigsaw.spark.SparkLinkage;
import org.jigsaw.spark.SparkLinker;
import org.jigsaw.spark.SparkSessions;
import org.jigsaw.spark.StderrProgress;
import org.jigsaw.spark.Standardise;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ./jigsaw-spark-bench --records 1000000}: generates synthetic records on Spark, links them
 * with the default spec and prints JSON with seconds per stage, records per second, peak memory
 * and pairwise precision / recall / F1 against the generator's truth.
 */
@Command(name = "jigsaw-spark-bench", mixinStandardHelpOptions = true,
        description = "Benchmarks the Spark link engine on synthetic records; prints JSON.")
public final class SparkLinkBench implements Callable<Integer> {

    @Option(names = "--records", required = true, description = "how many records (rounded up to a multiple of 10)")
    long records;

    @Option(names = "--master", description = "Spark master (default ${DEFAULT-VALUE})")
    String master = "local[*]";

    @Option(names = "--seed", description = "generator seed (default ${DEFAULT-VALUE})")
    long seed = 20261127L;

    @Option(names = "--partitions", description = "input partitions (default: 4 per core)")
    int partitions;

    @Option(names = "--spec", description = "national (default: LinkSpec.nationalSpec(), blocking that stays selective at scale), "
            + "default (the area spec) or a linkage.yaml")
    String spec = "national";

    @Option(names = "--work", description = "scratch directory for the generated Parquet and the output (default: a temp dir)")
    Path work;

    @Option(names = "--keep", description = "keep the scratch directory")
    boolean keep;

    public static void main(String[] args) {
        System.exit(new CommandLine(new SparkLinkBench()).execute(args));
    }

    @Override
    public Integer call() throws IOException {
        long start = System.nanoTime();
        SparkSession spark = SparkSessions.create(master, "jigsaw-spark-bench");
        spark.sparkContext().setLogLevel("WARN");
        int cores = spark.sparkContext().defaultParallelism();
        int parts = partitions > 0 ? partitions : Math.max(4, cores * 4);
        Path dir = work != null ? work : Files.createTempDirectory("jigsaw-spark-bench");
        Map<String, Object> out = new LinkedHashMap<>();
        Map<String, Double> seconds = new LinkedHashMap<>();

        long t0 = System.nanoTime();
        String input = dir.resolve("records.parquet").toString();
        Dataset<Row> generated = Standardise.frame(SyntheticRecords.generate(spark, records, seed, parts));
        generated.write().mode("overwrite").parquet(input);
        seconds.put("generate_and_standardise", secs(t0));

        Dataset<Row> all = spark.read().parquet(input);
        Dataset<Row> linkInput = all.drop("truth_person");
        SparkLinkage run = new SparkLinker(spark, LinkSpec.named(spec), SparkLinker.Options.defaults())
                .link(linkInput, null, null, new StderrProgress(System.err));
        seconds.putAll(run.seconds());
        long t1 = System.nanoTime();
        // linked and review pairs, explanations and persons: what a region would keep from a run
        run.writeTo(dir.resolve("out").toString(), false);
        seconds.put("write_parquet", secs(t1));

        long t2 = System.nanoTime();
        Map<String, Object> quality = pairwiseQuality(all.select("key", "truth_person"), run.persons());
        seconds.put("evaluate", secs(t2));

        long n = ((Number) run.metrics().get("records")).longValue();
        double linkSeconds = run.seconds().get("total");
        out.put("engine", "spark");
        out.put("spec", spec);
        out.put("master", master);
        out.put("cores", cores);
        out.put("records", n);
        out.put("candidate_pairs", run.metrics().get("candidate_pairs"));
        out.put("persons", run.metrics().get("persons"));
        out.put("seconds", seconds);
        out.put("link_records_per_second", Math.round(n / Math.max(1e-9, linkSeconds)));
        out.put("link_records_per_core_second", Math.round(n / Math.max(1e-9, linkSeconds) / cores));
        // CPU seconds do not depend on what else the machine is running: the basis for cost estimates
        @SuppressWarnings("unchecked")
        Map<String, Double> cpu = (Map<String, Double>) run.metrics().get("process_cpu_seconds");
        out.put("link_cpu_seconds", cpu.get("total"));
        out.put("link_records_per_cpu_second", Math.round(n / Math.max(1e-9, cpu.get("total"))));
        out.put("load_average_at_end", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        out.put("peak_heap_mb", peakHeapMb());
        out.put("peak_rss_mb", peakRssMb());
        out.put("max_heap_mb", Runtime.getRuntime().maxMemory() >> 20);
        out.put("quality", quality);
        out.put("metrics", run.metrics());
        out.put("wall_seconds", secs(start));
        System.out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(out));
        spark.stop();
        if (!keep && work == null) deleteTree(dir);
        return 0;
    }

    /**
     * Pairwise precision and recall of the persons against the truth: counted from cluster sizes
     * (pairs in a group of k records = k(k-1)/2), never by listing pairs.
     */
    static Map<String, Object> pairwiseQuality(Dataset<Row> truth, Dataset<Row> persons) {
        Dataset<Row> j = truth.join(persons, truth.col("key").equalTo(persons.col("record_key")));
        long both = pairsIn(j.groupBy("person_id", "truth_person").agg(count(lit(1)).as("k")));
        long predicted = pairsIn(j.groupBy("person_id").agg(count(lit(1)).as("k")));
        long actual = pairsIn(j.groupBy("truth_person").agg(count(lit(1)).as("k")));
        double p = predicted == 0 ? 1 : (double) both / predicted;
        double r = actual == 0 ? 1 : (double) both / actual;
        Map<String, Object> q = new LinkedHashMap<>();
        q.put("true_pairs", actual);
        q.put("predicted_pairs", predicted);
        q.put("precision", round4(p));
        q.put("recall", round4(r));
        q.put("f1", round4(p + r == 0 ? 0 : 2 * p * r / (p + r)));
        return q;
    }

    private static long pairsIn(Dataset<Row> sizes) {
        Row r = sizes.agg(sum(col("k").multiply(col("k").minus(1)).divide(2))).first();
        return r.isNullAt(0) ? 0 : (long) r.getDouble(0);
    }

    private static double round4(double v) {
        return Math.round(v * 10000) / 10000.0;
    }

    static long peakHeapMb() {
        long peak = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP && p.getPeakUsage() != null) peak += p.getPeakUsage().getUsed();
        }
        return peak >> 20;
    }

    /** The process's peak resident set (VmHWM), heap and off-heap together; -1 off Linux. */
    static long peakRssMb() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) return Long.parseLong(line.replaceAll("[^0-9]", "")) >> 10;
            }
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
        return -1;
    }

    private static double secs(long since) {
        return Math.round((System.nanoTime() - since) / 1e6) / 1000.0;
    }

    private static void deleteTree(Path dir) throws IOException {
        try (var walk = Files.walk(dir)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
