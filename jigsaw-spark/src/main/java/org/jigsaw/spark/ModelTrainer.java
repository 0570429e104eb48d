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
import org.jigsaw.link.model.TrainingPolicy;
import org.jigsaw.link.spec.LinkSpec;

/**
 * The Fellegi–Sunter model on the driver, from small inputs only: u from random pairs of a record
 * sample (all records when they fit under {@code uSampleLimit}, in input order, so the core's seeded
 * sampler draws exactly the pairs the local engine draws), m by the core's EM on the
 * comparison-pattern counts Spark aggregated ({@code groupBy(pattern).count()}: a few thousand rows
 * however many pairs there are), and the sample size and prior by the same {@link TrainingPolicy} as the local engine.
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
        double[][] u = RandomPairs.estimateU(table, space, eff.linkType(), TrainingPolicy.uSamples(eff, recordCount), eff.training().seed());

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
        long total = eff.linkType().pairsAmong(perSource.values().stream().mapToLong(Long::longValue).toArray());
        double prior = TrainingPolicy.prior(eff, fit, pairs, total);
        // term frequencies are applied on Spark from global value counts (see PairScorer)
        FellegiSunter model = new FellegiSunter(space, fit.m(), u, prior, null);
        return new Trained(model, fit, pc, prior, pairs, rows.size());
    }
}
