package org.jigsaw.spark;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.log2;
import static org.apache.spark.sql.functions.pow;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.jigsaw.link.Decision;
import org.jigsaw.link.model.FellegiSunter;
import org.jigsaw.link.model.PatternCounts;
import org.jigsaw.link.spec.LinkSpec;

/**
 * Match weights and decisions for every compared pair. The weight of each distinct pattern is
 * computed once on the driver with the core's {@link FellegiSunter} and broadcast as a small
 * table; term-frequency adjustments use the agreed value's frequency among all records, carried
 * out of the comparison ({@link ValueFrequencies}): {@code log2(u_exact / f)}. A
 * pair above the accept threshold whose pattern has no agreement on any of the spec's
 * {@code evidence_required} comparisons goes to review, as locally.
 */
final class PairScorer {

    private PairScorer() {
    }

    /**
     * @param compared pairs from {@link BlockedPairs#compare} / {@link PairComparer#compare}
     * @param clerical {@code c_lo, c_hi, clerical}: reviewer decisions by the pair's rows, or null
     */
    static Dataset<Row> score(SparkSession spark, Dataset<Row> compared, LinkSpec eff, SpecRuntime runtime,
                              FellegiSunter model, PatternCounts counts, Dataset<Row> clerical) {
        // a pattern is evidence when one of the spec's evidence comparisons agrees at some level (not null, not else)
        List<Integer> evidence = new ArrayList<>();
        for (int k = 0; k < model.space().size(); k++) {
            if (eff.evidenceRequired().contains(model.space().comparisons().get(k).name())) evidence.add(k);
        }
        List<Row> w = new ArrayList<>(counts.size());
        for (int i = 0; i < counts.size(); i++) {
            long pat = counts.pattern(i);
            boolean e = evidence.isEmpty();
            for (int k : evidence) {
                int level = model.space().level(pat, k);
                if (level != 0 && level != model.space().comparisons().get(k).elseLevel()) e = true;
            }
            w.add(RowFactory.create(pat, model.patternWeight(pat), e));
        }
        StructType ws = new StructType().add("pattern", DataTypes.LongType).add("pattern_weight", DataTypes.DoubleType)
                .add("evidence", DataTypes.BooleanType);
        Dataset<Row> weights = broadcast(spark.createDataFrame(w, ws));
        Dataset<Row> scored = compared.join(weights, "pattern");
        Column weight = col("pattern_weight");
        int[] tf = runtime.termFrequencyComparisons();
        for (int t = 0; t < tf.length; t++) {
            double uExact = model.u()[tf[t]][1];
            weight = weight.plus(when(col("tff" + t).isNotNull(), log2(lit(uExact).divide(col("tff" + t)))).otherwise(lit(0.0)));
        }
        Column prob = lit(1.0).divide(lit(1.0).plus(pow(lit(2.0), weight.multiply(-1))));
        double accept = eff.thresholds().accept(), review = eff.thresholds().review();
        Column decision = when(col("det").isNotNull(), lit(Decision.DETERMINISTIC.name()))
                .when(col("match_probability").geq(accept).and(col("evidence")), lit(Decision.ACCEPTED.name()))
                .when(col("match_probability").geq(review), lit(Decision.REVIEW.name()))
                .otherwise(lit(Decision.REJECTED.name()));
        Dataset<Row> out = scored.withColumn("match_weight", weight).withColumn("match_probability", prob)
                .withColumn("decision", decision);
        if (clerical != null) {
            // reviewer verdicts, keyed by the pair's rows (lower first): a broadcast equi-join
            out = out.join(broadcast(clerical), out.col("a_row").equalTo(clerical.col("c_lo")).and(out.col("b_row").equalTo(clerical.col("c_hi"))), "left")
                    .withColumn("decision", coalesce(col("clerical"), col("decision")));
        }
        List<Column> keep = new ArrayList<>();
        for (String c : List.of("a_row", "b_row", "pattern", "match_weight", "match_probability", "decision")) keep.add(col(c));
        for (int t = 0; t < tf.length; t++) keep.add(col("tff" + t));
        return out.select(keep.toArray(Column[]::new));
    }
}
