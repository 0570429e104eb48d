package org.jigsaw.spark;

import static org.apache.spark.sql.functions.col;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.jigsaw.link.data.RecordTable;
import org.jigsaw.link.model.Em;
import org.jigsaw.link.model.FellegiSunter;
import org.jigsaw.link.model.PatternCounts;
import org.jigsaw.link.model.PatternSpace;
import org.jigsaw.link.model.RandomPairs;
import org.jigsaw.link.spec.LinkSpec;
import org.jigsaw.link.spec.LinkType;

/**
 * The Fellegi–Sunter model on the driver, from small inputs only: u from random pairs of a record
 * sample (all records when they fit under {@code uSampleLimit}, in input order, so the core's seeded
 * sampler draws exactly the pairs the local engine draws), m by the core's EM on the
 * comparison-pattern counts Spark aggregated ({@code groupBy(pattern).count()}: a few thousand rows
 * however many pairs there are), and the prior as the local engine derives it.
 */
final class ModelTrainer {

    /** The fitted model, the EM fit and the pattern counts it was trained on. */
    record Trained(FellegiSunter model, Em.Fit fit, PatternCounts counts, double prior, long candidatePairs,
                   long recordsSampledForU) {
    }

    private ModelTrainer() {
    }

    static Trained train(LinkSpec eff, SpecRuntime runtime, Dataset<Row> records, List<String> fields,
                         Dataset<Row> compared, long recordCount, Map<String, Long> perSource, long uSampleLimit) {
        // u: random pairs of (a sample of) the records
        Dataset<Row> sample = recordCount <= uSampleLimit ? records
                : records.sample(false, Math.min(1.0, uSampleLimit * 1.05 / recordCount), eff.training().seed());
        List<String> cols = new ArrayList<>(List.of(RecordFrames.KEY, RecordFrames.SOURCE));
        cols.addAll(fields);
        List<Row> rows = sample.orderBy("row").select(cols.stream().map(org.apache.spark.sql.functions::col).toArray(org.apache.spark.sql.Column[]::new))
                .collectAsList();
        List<String> keys = new ArrayList<>(rows.size());
        List<String> sources = new ArrayList<>(rows.size());
        List<Map<String, String>> values = new ArrayList<>(rows.size());
        for (Row r : rows) {
            keys.add(r.getString(0));
            sources.add(r.getString(1));
            Map<String, String> m = new java.util.HashMap<>();
            for (int f = 0; f < fields.size(); f++) {
                String v = r.getString(2 + f);
                if (v != null && !v.isBlank()) m.put(fields.get(f), v);
            }
            values.add(m);
        }
        RecordTable table = runtime.table(keys, sources, values);
        PatternSpace space = runtime.patternSpace(table);
        // the local engine's sample size: 10 random pairs per record, at least 100,000, at most the spec's
        int samples = (int) Math.min(eff.training().randomPairs(), Math.max(100_000L, 10L * recordCount));
        double[][] u = RandomPairs.estimateU(table, space, eff.linkType(), samples, eff.training().seed());

        // m: EM on the aggregated pattern counts
        List<Row> agg = compared.groupBy("pattern").count().orderBy(col("pattern")).collectAsList();
        long[] patterns = new long[agg.size()];
        long[] counts = new long[agg.size()];
        long pairs = 0;
        for (int i = 0; i < patterns.length; i++) {
            patterns[i] = agg.get(i).getLong(0);
            counts[i] = agg.get(i).getLong(1);
            pairs += counts[i];
        }
        PatternCounts pc = PatternCounts.ofCounts(patterns, counts);
        Em.Fit fit = Em.fit(space, pc, u, eff.training().maxIterations(), eff.training().tolerance());
        long total = totalPairs(recordCount, perSource, eff.linkType());
        double prior = eff.prior() != null ? eff.prior()
                : Math.max(1e-12, Math.min(0.5, fit.lambda() * pairs / Math.max(1.0, total)));
        // term frequencies are applied on Spark from global value counts (see PairScorer)
        FellegiSunter model = new FellegiSunter(space, fit.m(), u, prior, null);
        return new Trained(model, fit, pc, prior, pairs, rows.size());
    }

    /** How many pairs the link type allows; the same count as the core's RandomPairs.totalPairs. */
    static long totalPairs(long n, Map<String, Long> perSource, LinkType type) {
        long within = 0;
        for (long s : perSource.values()) within += s * (s - 1) / 2;
        long all = n * (n - 1) / 2;
        return switch (type) {
            case DEDUPE_AND_LINK -> all;
            case LINK_ONLY -> all - within;
            case DEDUPE_ONLY -> within;
        };
    }
}
