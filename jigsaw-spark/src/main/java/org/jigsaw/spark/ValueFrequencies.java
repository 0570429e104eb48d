package org.jigsaw.spark;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.greatest;
import static org.apache.spark.sql.functions.lit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.jigsaw.link.spec.LinkSpec;

/**
 * Term frequencies attached to the records rather than to the pairs: per term-frequency
 * comparison, how common the record's value is among all records with that field
 * ({@code count / non-blank records}, as the core's TermFrequencies reads it off the local table).
 * One aggregate and one join per field, on records; the pairs, many times more numerous, then carry
 * the frequency out of the comparison with no join at all.
 */
final class ValueFrequencies {

    private ValueFrequencies() {
    }

    /** {@code records} with {@link BlockedPairs#TFF}: one double per term-frequency comparison, NaN when blank. */
    static Dataset<Row> add(Dataset<Row> records, LinkSpec eff, SpecRuntime runtime, Map<String, Long> nonBlank) {
        int[] tf = runtime.termFrequencyComparisons();
        List<Column> freqs = new ArrayList<>();
        Dataset<Row> out = records;
        for (int t = 0; t < tf.length; t++) {
            String field = eff.comparisons().get(tf[t]).field();
            long n = Math.max(1, nonBlank.getOrDefault(field, 0L));
            String v = "__tfv" + t, f = "__tff" + t;
            Dataset<Row> counts = records.where(col(field).isNotNull()).groupBy(col(field).as(v))
                    .agg(greatest(count(lit(1)), lit(1)).divide(n).as(f));
            out = out.join(counts, out.col(field).equalTo(counts.col(v)), "left").drop(v);
            freqs.add(coalesce(col(f), lit(Double.NaN)));
        }
        Column arr = freqs.isEmpty() ? array().cast(DataTypes.createArrayType(DataTypes.DoubleType, false)) : array(freqs.toArray(Column[]::new));
        out = out.withColumn(BlockedPairs.TFF, arr);
        for (int t = 0; t < tf.length; t++) out = out.drop("__tff" + t);
        return out;
    }
}
