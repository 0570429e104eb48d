package org.jigsaw.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.monotonically_increasing_id;
import static org.apache.spark.sql.functions.trim;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.storage.StorageLevel;
import org.jigsaw.link.Decision;
import org.jigsaw.link.spec.BlockingKeys;
import org.jigsaw.link.spec.BlockingRuleSpec;
import org.jigsaw.link.spec.ComparisonSpec;
import org.jigsaw.link.spec.DeterministicRuleSpec;
import org.jigsaw.link.spec.LinkSpec;
import org.jigsaw.progress.Progress;

/**
 * The link stage on Spark, running the same {@link LinkSpec} as the local engine: block (salted
 * equi-joins) → compare (the core's comparisons inside executors) → train (u from random pairs,
 * m by the core's EM on aggregated pattern counts) → score → cluster (connected components, then
 * the core's constrained clusterer per component) → stable person IDs. Each stage is materialised
 * before the next so its seconds are real.
 */
public final class SparkLinker {

    /**
     * @param saltThreshold records per blocking key above which the key is salted
     * @param maxSalts      upper bound on salts per key
     * @param uSampleLimit  records drawn to the driver to estimate u from random pairs; when the
     *                      input is no larger, all records are used and u equals the local engine's
     */
    public record Options(long saltThreshold, int maxSalts, long uSampleLimit) {
        public static Options defaults() {
            return new Options(5_000, 64, 1_000_000);
        }
    }

    private final SparkSession spark;
    private final LinkSpec spec;
    private final Options options;

    public SparkLinker(SparkSession spark, LinkSpec spec, Options options) {
        this.spark = spark;
        this.spec = spec;
        this.options = options;
    }

    /**
     * @param input    {@code key}, {@code source} and one string column per field (standardised values)
     * @param reviews  {@code left, right, decision} clerical verdicts ({@link Decision} names), or null
     * @param previous {@code record_key, person_id} of the previous run, or null
     */
    public SparkLinkage link(Dataset<Row> input, Dataset<Row> reviews, Dataset<Row> previous, Progress progress) {
        Map<String, Double> seconds = new LinkedHashMap<>();
        Map<String, Double> cpu = new LinkedHashMap<>();
        Map<String, Object> metrics = new LinkedHashMap<>();
        long t0 = System.nanoTime();
        long c0 = processCpuNanos(), c = c0;

        // input order is the tie-breaker everywhere the local engine uses row numbers
        Dataset<Row> records = VirtualColumns.add(input).withColumn("row", monotonically_increasing_id())
                .persist(StorageLevel.MEMORY_AND_DISK());
        List<String> stringCols = new ArrayList<>();
        for (StructField f : records.schema().fields()) {
            if (f.dataType().equals(DataTypes.StringType) && !f.name().equals(RecordFrames.KEY) && !f.name().equals(RecordFrames.SOURCE)) {
                stringCols.add(f.name());
            }
        }
        Map<String, Long> nonBlank = nonBlankCounts(records, stringCols);
        long n = nonBlank.remove("__records");
        Map<String, Long> perSource = new LinkedHashMap<>();
        for (Row r : records.groupBy(RecordFrames.SOURCE).count().collectAsList()) {
            perSource.put(r.isNullAt(0) ? "" : r.getString(0), r.getLong(1));
        }
        LinkSpec eff = spec.restrictTo(f -> nonBlank.getOrDefault(f, 0L) > 0);
        if (eff.comparisons().isEmpty()) throw new IllegalArgumentException("no comparison in the link spec applies to the fields present");
        if (eff.blockingRules().isEmpty()) throw new IllegalArgumentException("no blocking rule in the link spec applies to the fields present");
        SpecRuntime runtime = new SpecRuntime(eff);
        List<String> fields = fieldsUsed(eff);
        fields.retainAll(stringCols);
        metrics.put("records", n);
        c = cpuStage(cpu, "load", c);
        seconds.put("load", secs(t0));

        // 1. blocking (plus every pair a reviewer ruled on, as the local engine does)
        long t1 = System.nanoTime();
        Dataset<Row> clerical = clerical(reviews);
        Dataset<Row> candidates;
        try (Progress.Task t = progress.start("block", -1)) {
            BlockingJoin join = new BlockingJoin(options.saltThreshold(), options.maxSalts(), eff.maxBlockSize(), eff.linkType());
            candidates = join.pairs(records, runtime.keyer()).select("left", "right");
            if (clerical != null) {
                Dataset<Row> known = records.select(col(RecordFrames.KEY).as("k"));
                Dataset<Row> extra = clerical.select("left", "right")
                        .join(known, col("left").equalTo(col("k")), "left_semi")
                        .join(known, col("right").equalTo(col("k")), "left_semi");
                candidates = candidates.union(extra).distinct();
            }
            candidates = candidates.persist(StorageLevel.MEMORY_AND_DISK());
            metrics.put("candidate_pairs", candidates.count());
            t.stepBy(1);
        }
        c = cpuStage(cpu, "block", c);
        seconds.put("block", secs(t1));

        // 2. comparison vectors
        long t2 = System.nanoTime();
        Dataset<Row> compared;
        try (Progress.Task t = progress.start("compare", -1)) {
            compared = PairComparer.compare(candidates, records, fields, runtime).persist(StorageLevel.MEMORY_AND_DISK());
            compared.count();
            candidates.unpersist();
            t.stepBy(1);
        }
        c = cpuStage(cpu, "compare", c);
        seconds.put("compare", secs(t2));

        // 3. model
        long t3 = System.nanoTime();
        ModelTrainer.Trained trained;
        try (Progress.Task t = progress.start("train", -1)) {
            trained = ModelTrainer.train(eff, runtime, records, fields, compared, n, perSource, options.uSampleLimit());
            t.stepBy(1);
        }
        metrics.put("distinct_patterns", trained.counts().size());
        metrics.put("em_iterations", trained.fit().iterations());
        metrics.put("em_converged", trained.fit().converged());
        metrics.put("match_share_in_candidates", trained.fit().lambda());
        metrics.put("prior", trained.prior());
        metrics.put("records_sampled_for_u", trained.recordsSampledForU());
        c = cpuStage(cpu, "train", c);
        seconds.put("train", secs(t3));

        // 4. scores and decisions
        long t4 = System.nanoTime();
        Dataset<Row> scored;
        try (Progress.Task t = progress.start("score", -1)) {
            scored = PairScorer.score(spark, compared, records, eff, runtime, trained.model(), trained.counts(), clerical, nonBlank)
                    .persist(StorageLevel.MEMORY_AND_DISK());
            scored.count();
            compared.unpersist();
            t.stepBy(1);
        }
        c = cpuStage(cpu, "score", c);
        seconds.put("score", secs(t4));

        // 5. clusters and stable IDs
        long t5 = System.nanoTime();
        Dataset<Row> persons;
        Dataset<Row> pairs;
        try (Progress.Task t = progress.start("cluster", -1)) {
            SparkClusterer.Clusters clusters = SparkClusterer.cluster(scored, records, fields, eff, runtime);
            Dataset<Row> refused = clusters.refused().withColumn("refused", lit(true));
            Dataset<Row> toReview = clusters.toReview().withColumn("to_review", lit(true));
            pairs = scored.join(refused, Columns.seq("a_key", "b_key"), "left")
                    .join(toReview, Columns.seq("a_key", "b_key"), "left")
                    .withColumn("decision", when(col("refused").isNotNull(), lit(Decision.REJECTED.name()))
                            .when(col("to_review").isNotNull(), lit(Decision.REVIEW.name())).otherwise(col("decision")))
                    .select(col("a_key").as("left_key"), col("b_key").as("right_key"), col("match_weight"),
                            col("match_probability"), col("decision"), col("pattern"))
                    .persist(StorageLevel.MEMORY_AND_DISK());
            Dataset<Row> withCluster = records.select(col(RecordFrames.KEY).as("record_key"), col("row"))
                    .join(clusters.assignment(), Columns.seq("record_key"), "left")
                    .select(col("record_key"), col("row"),
                            org.apache.spark.sql.functions.coalesce(col("cluster"), col("record_key")).as("cluster"));
            persons = SparkStableIds.assign(spark, withCluster, previous).persist(StorageLevel.MEMORY_AND_DISK());
            metrics.put("persons", persons.select("person_id").distinct().count());
            metrics.put("component_rounds", clusters.componentRounds());
            t.stepBy(1);
        }
        c = cpuStage(cpu, "cluster", c);
        seconds.put("cluster", secs(t5));
        Map<String, Long> byDecision = new LinkedHashMap<>();
        for (Row r : pairs.groupBy("decision").count().collectAsList()) byDecision.put(r.getString(0), r.getLong(1));
        metrics.put("decisions", byDecision);
        seconds.put("total", secs(t0));
        cpu.put("total", (processCpuNanos() - c0) / 1e9);
        // in local mode the executors run in this JVM, so process CPU per stage is the stage's CPU
        metrics.put("process_cpu_seconds", cpu);
        records.unpersist();
        return new SparkLinkage(eff, trained.model(), pairs, persons, seconds, metrics);
    }

    /** Reviewer verdicts as {@code left, right, clerical} with the decision the local engine records. */
    private static Dataset<Row> clerical(Dataset<Row> reviews) {
        if (reviews == null) return null;
        List<String> linking = new ArrayList<>();
        for (Decision d : Decision.values()) if (d.links()) linking.add(d.name());
        return reviews.select(col("left"), col("right"),
                when(col("decision").isin(linking.toArray()), lit(Decision.CLERICAL_MATCH.name()))
                        .otherwise(lit(Decision.CLERICAL_NON_MATCH.name())).as("clerical"));
    }

    /** Every field the spec reads: comparisons, blocking keys, deterministic rules, constraints. */
    static List<String> fieldsUsed(LinkSpec eff) {
        Set<String> f = new LinkedHashSet<>();
        for (ComparisonSpec c : eff.comparisons()) {
            f.add(c.field());
            // cross-field levels (names entered in each other's boxes) read a second field
            for (var l : c.levels()) if (l.field() != null) f.add(l.field());
        }
        for (BlockingRuleSpec b : eff.blockingRules()) for (String k : b.keys()) f.add(BlockingKeys.field(k));
        for (DeterministicRuleSpec d : eff.deterministicRules()) f.addAll(d.fields());
        f.addAll(SparkClusterer.constraintFields(eff));
        return new ArrayList<>(f);
    }

    /** Non-blank values per column (and the record count under {@code __records}), in one pass. */
    private static Map<String, Long> nonBlankCounts(Dataset<Row> records, List<String> cols) {
        List<Column> aggs = new ArrayList<>();
        aggs.add(count(lit(1)).as("__records"));
        for (String c : cols) aggs.add(count(when(trim(col(c)).notEqual(""), lit(1))).as(c));
        Row r = records.agg(aggs.get(0), aggs.subList(1, aggs.size()).toArray(Column[]::new)).first();
        Map<String, Long> out = new LinkedHashMap<>();
        out.put("__records", r.getLong(0));
        for (int i = 0; i < cols.size(); i++) out.put(cols.get(i), r.getLong(i + 1));
        return out;
    }

    private static long cpuStage(Map<String, Double> cpu, String stage, long since) {
        long now = processCpuNanos();
        cpu.put(stage, Math.round((now - since) / 1e6) / 1000.0);
        return now;
    }

    /** CPU time of this JVM (all threads), or 0 where the platform does not say. */
    static long processCpuNanos() {
        var os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : 0;
    }

    private static double secs(long since) {
        return Math.round((System.nanoTime() - since) / 1e6) / 1000.0;
    }
}
