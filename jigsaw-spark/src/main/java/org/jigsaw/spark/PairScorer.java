package org.jigsaw.spark;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.log2;
import static org.apache.spark.sql.functions.pow;
import static org.apache.spark.sql.functions.udf;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.api.java.UDF3;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.jigsaw.link.Decider;
import org.jigsaw.link.model.FellegiSunter;
import org.jigsaw.link.model.PatternCounts;
import org.jigsaw.link.spec.LinkSpec;

/**
 * Match weights and decisions for every compared pair. The weight of each distinct pattern is
 * computed once on the driver with the core's {@link FellegiSunter} and broadcast as a small
 * table; term-frequency adjustments use the agreed value's frequency among all records, carried
 * out of the comparison ({@link ValueFrequencies}): {@code log2(u_exact / f)}. Decisions come
 * from the core's {@link Decider}, as locally: its per-pattern evidence table is broadcast with
 * the weights and its rule runs on the workers.
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
        Decider decider = new Decider(eff, model.space());
        List<Row> w = new ArrayList<>(counts.size());
        for (int i = 0; i < counts.size(); i++) {
            long pat = counts.pattern(i);
            w.add(RowFactory.create(pat, model.patternWeight(pat), decider.evidence(pat)));
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
        // the decider's rule on the workers: a Java function of plain values, so the engines cannot differ
        double accept = decider.accept(), review = decider.review();
        UserDefinedFunction decide = udf((UDF3<Double, Boolean, Boolean, String>) (wt, det, ev) ->
                Decider.decide(accept, review, wt, det, ev).name(), DataTypes.StringType);
        Column decision = decide.apply(col("match_weight"), col("det").isNotNull(), col("evidence"));
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
