package org.jigsaw.spark;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.greatest;
import static org.apache.spark.sql.functions.least;
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
import org.jigsaw.link.cluster.CannotLinkKinds;
import org.jigsaw.link.compare.LevelKinds;
import org.jigsaw.link.spec.BlockingKeys;
import org.jigsaw.link.spec.BlockingRuleSpec;
import org.jigsaw.link.spec.ComparisonSpec;
import org.jigsaw.link.spec.DeterministicRuleSpec;
import org.jigsaw.link.spec.LinkSpec;
import org.jigsaw.link.validate.SpecValidation;
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
    private final LevelKinds kinds;

    public SparkLinker(SparkSession spark, LinkSpec spec, Options options) {
        this(spark, spec, options, LevelKinds.installed());
    }

    /** With level kinds beyond the installed ones; executors get them with the spec. */
    public SparkLinker(SparkSession spark, LinkSpec spec, Options options, LevelKinds kinds) {
        this.spark = spark;
        this.spec = spec;
        this.options = options;
        this.kinds = kinds;
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
        // the same checks as the local engine's, before any job runs
        SpecValidation.validate(spec, kinds, CannotLinkKinds.installed());
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
        LinkSpec eff = SpecValidation.applicable(spec.restrictTo(f -> nonBlank.getOrDefault(f, 0L) > 0));
        SpecRuntime runtime = new SpecRuntime(eff, kinds);
        List<String> fields = fieldsUsed(eff);
        fields.retainAll(stringCols);
        metrics.put("records", n);
        sizeShuffles(n);
        Dataset<Row> keyed = BlockedPairs.withBlockKeys(ValueFrequencies.add(records, eff, runtime, nonBlank), runtime.keyer())
                .persist(StorageLevel.MEMORY_AND_DISK());
        keyed.count();
        records.unpersist();
        c = cpuStage(cpu, "load", c);
        seconds.put("load", secs(t0));

        // 1-2. blocking and comparison vectors in one shuffle, plus every pair a reviewer ruled on
        long t1 = System.nanoTime();
        Dataset<Row> clerical = clerical(reviews, keyed);
        Dataset<Row> compared;
        BlockedPairs blocking = new BlockedPairs(options.saltThreshold(), options.maxSalts(), eff.maxBlockSize(), eff.linkType());
        try (Progress.Task t = progress.start("block and compare", -1)) {
            List<String> ruleNames = eff.blockingRules().stream().map(r -> r.name()).toList();
            BlockedPairs.Plan plan = blocking.plan(keyed, ruleNames);
            metrics.put("skipped_blocks_per_rule", plan.skippedBlocks());
            compared = blocking.compare(keyed, fields, plan, runtime, n);
            Dataset<Row> extra = clerical == null ? null : clericalNotBlocked(reviews, keyed, plan, blocking.linkType());
            if (extra != null) compared = compared.union(PairComparer.compare(extra, keyed, fields, runtime));
            compared = compared.persist(StorageLevel.MEMORY_AND_DISK());
            metrics.put("candidate_pairs", compared.count());
            t.stepBy(1);
        }
        c = cpuStage(cpu, "block_and_compare", c);
        seconds.put("block_and_compare", secs(t1));

        // 3. model
        long t3 = System.nanoTime();
        ModelTrainer.Trained trained;
        try (Progress.Task t = progress.start("train", -1)) {
            trained = ModelTrainer.train(eff, runtime, keyed, fields, compared, n, perSource, options.uSampleLimit());
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

        // 4. scores and decisions (a column expression over the compared pairs: no shuffle)
        long t4 = System.nanoTime();
        Dataset<Row> scored = PairScorer.score(spark, compared, eff, runtime, trained.model(), trained.counts(), clerical);
        Dataset<Row> keys = keyed.select(col("row"), col(RecordFrames.KEY));

        // 5. clusters and stable IDs, from the pairs that link (and reviewers' splits) only
        Dataset<Row> edges;
        try (Progress.Task t = progress.start("score", -1)) {
            List<String> constrained = new ArrayList<>();
            for (Decision d : Decision.values()) if (d.links() || d == Decision.CLERICAL_NON_MATCH) constrained.add(d.name());
            edges = withKeys(scored.where(col("decision").isin(constrained.toArray())), keys).persist(StorageLevel.MEMORY_AND_DISK());
            metrics.put("linking_pairs", edges.count());
            t.stepBy(1);
        }
        c = cpuStage(cpu, "score", c);
        seconds.put("score", secs(t4));
        long t5 = System.nanoTime();
        SparkClusterer.Clusters clusters;
        try (Progress.Task t = progress.start("cluster", -1)) {
            clusters = SparkClusterer.cluster(edges, keyed, fields, eff, runtime);
            metrics.put("component_rounds", clusters.componentRounds());
            metrics.put("clustered_records", clusters.assignment().count());
            t.stepBy(1);
        }
        Dataset<Row> persons;
        try (Progress.Task t = progress.start("person ids", -1)) {
            Dataset<Row> withCluster = keyed.select(col(RecordFrames.KEY).as("record_key"), col("row"))
                    .join(clusters.assignment(), Columns.seq("record_key"), "left")
                    .select(col("record_key"), col("row"), coalesce(col("cluster"), col("record_key")).as("cluster"));
            persons = SparkStableIds.assign(spark, withCluster, previous).persist(StorageLevel.MEMORY_AND_DISK());
            metrics.put("persons", persons.select("person_id").distinct().count());
            t.stepBy(1);
        }
        Dataset<Row> decided;
        try (Progress.Task t = progress.start("decisions", -1)) {
            Dataset<Row> changed = clusters.refused().withColumn("changed", lit(Decision.REJECTED.name()))
                    .union(clusters.toReview().withColumn("changed", lit(Decision.REVIEW.name())))
                    .select(col("a_row").as("ch_a"), col("b_row").as("ch_b"), col("changed"));
            // refused merges and ambiguous links are few: broadcast them onto the pairs
            decided = scored.join(broadcast(changed), col("a_row").equalTo(col("ch_a")).and(col("b_row").equalTo(col("ch_b"))), "left")
                    .withColumn("decision", coalesce(col("changed"), col("decision")))
                    .drop("ch_a", "ch_b", "changed");
            Map<String, Long> byDecision = new LinkedHashMap<>();
            for (Row r : decided.groupBy("decision").count().collectAsList()) byDecision.put(r.getString(0), r.getLong(1));
            metrics.put("decisions", byDecision);
            // the compared pairs stay cached: every output of the run (pairs, explanations) reads them
            edges.unpersist();
            t.stepBy(1);
        }
        c = cpuStage(cpu, "cluster", c);
        seconds.put("cluster", secs(t5));
        seconds.put("total", secs(t0));
        cpu.put("total", (processCpuNanos() - c0) / 1e9);
        // in local mode the executors run in this JVM, so process CPU per stage is the stage's CPU
        metrics.put("process_cpu_seconds", cpu);
        return new SparkLinkage(eff, trained.model(), decided, keys, persons, seconds, metrics);
    }

    /** {@code pairs} with {@code a_key} and {@code b_key} looked up from their rows. */
    static Dataset<Row> withKeys(Dataset<Row> pairs, Dataset<Row> keys) {
        Dataset<Row> ka = keys.select(col("row").as("ka_row"), col(RecordFrames.KEY).as("a_key"));
        Dataset<Row> kb = keys.select(col("row").as("kb_row"), col(RecordFrames.KEY).as("b_key"));
        return pairs.join(ka, col("a_row").equalTo(col("ka_row"))).join(kb, col("b_row").equalTo(col("kb_row")))
                .drop("ka_row", "kb_row");
    }

    /**
     * On a local master, shuffle partitions sized to the data: a few for an area (each partition
     * costs a task), more for millions of records (so a partition's sort stays in memory). A
     * cluster's own setting is left alone.
     */
    private void sizeShuffles(long records) {
        if (!spark.sparkContext().isLocal()) return;
        int cores = spark.sparkContext().defaultParallelism();
        long parts = Math.max(2L * cores, records / 250_000);
        spark.conf().set("spark.sql.shuffle.partitions", String.valueOf(Math.min(4000, parts)));
    }

    /**
     * Reviewer verdicts as {@code c_lo, c_hi, clerical}: the pair's rows (lower first) and the
     * decision the local engine records. Verdicts on records not in this run are dropped.
     */
    private static Dataset<Row> clerical(Dataset<Row> reviews, Dataset<Row> keyed) {
        if (reviews == null) return null;
        List<String> linking = new ArrayList<>();
        for (Decision d : Decision.values()) if (d.links()) linking.add(d.name());
        Dataset<Row> ka = keyed.select(col(RecordFrames.KEY).as("lk"), col("row").as("lr"));
        Dataset<Row> kb = keyed.select(col(RecordFrames.KEY).as("rk"), col("row").as("rr"));
        return reviews.join(ka, col("left").equalTo(col("lk"))).join(kb, col("right").equalTo(col("rk")))
                .select(least(col("lr"), col("rr")).as("c_lo"), greatest(col("lr"), col("rr")).as("c_hi"),
                        when(col("decision").isin(linking.toArray()), lit(Decision.CLERICAL_MATCH.name()))
                                .otherwise(lit(Decision.CLERICAL_NON_MATCH.name())).as("clerical"))
                .dropDuplicates("c_lo", "c_hi");
    }

    /**
     * Reviewed pairs blocking does not produce (the reviewer found them some other way): they are
     * compared too, as the local engine adds them to its candidates. Reviews are human decisions,
     * so they are few enough to settle on the driver.
     */
    private Dataset<Row> clericalNotBlocked(Dataset<Row> reviews, Dataset<Row> keyed, BlockedPairs.Plan plan,
                                            org.jigsaw.link.spec.LinkType linkType) {
        Dataset<Row> ka = keyed.select(col(RecordFrames.KEY).as("left"), col(RecordFrames.SOURCE).as("ls"), col(BlockedPairs.BK).as("lb"));
        Dataset<Row> kb = keyed.select(col(RecordFrames.KEY).as("right"), col(RecordFrames.SOURCE).as("rs"), col(BlockedPairs.BK).as("rb"));
        List<Row> extra = new ArrayList<>();
        for (Row r : reviews.select("left", "right").join(ka, "left").join(kb, "right")
                .select("left", "right", "ls", "lb", "rs", "rb").collectAsList()) {
            if (!blocked(r, plan, linkType)) extra.add(org.apache.spark.sql.RowFactory.create(r.getString(0), r.getString(1)));
        }
        if (extra.isEmpty()) return null;
        return spark.createDataFrame(extra, new org.apache.spark.sql.types.StructType()
                .add("left", DataTypes.StringType).add("right", DataTypes.StringType));
    }

    /** Whether some rule's live block holds both records of a reviewed pair (columns left, right, ls, lb, rs, rb). */
    private static boolean blocked(Row r, BlockedPairs.Plan plan, org.jigsaw.link.spec.LinkType type) {
        String ls = r.isNullAt(2) ? "" : r.getString(2), rs = r.isNullAt(4) ? "" : r.getString(4);
        if (!type.allows(ls.equals(rs))) return false;
        List<Long> a = r.getList(3), b = r.getList(5);
        for (int x = 0; x < a.size(); x++) {
            long k = a.get(x);
            if (k != 0 && k == b.get(x) && plan.saltsOf(x, k) > 0) return true;
        }
        return false;
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
