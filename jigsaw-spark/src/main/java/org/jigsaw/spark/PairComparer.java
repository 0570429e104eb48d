package org.jigsaw.spark;

import static org.apache.spark.sql.functions.col;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;

/**
 * Comparison vectors for pairs named by record key — the clerical decisions blocking did not
 * produce: each pair is joined to both records and compared by a {@link ChunkComparer}, so the
 * output has the same columns as {@link BlockedPairs#compare}.
 */
final class PairComparer {

    private PairComparer() {
    }

    /**
     * @param pairs   {@code left, right} record keys
     * @param records {@code key, source, row}, {@link BlockedPairs#TFF} and the field columns in {@code fields}
     */
    static Dataset<Row> compare(Dataset<Row> pairs, Dataset<Row> records, List<String> fields, SpecRuntime runtime) {
        Dataset<Row> l = prefixed(records, fields, "l_");
        Dataset<Row> r = prefixed(records, fields, "r_");
        Dataset<Row> joined = pairs.join(l, pairs.col("left").equalTo(l.col("l_key")))
                .join(r, pairs.col("right").equalTo(r.col("r_key")));
        List<Column> sel = new ArrayList<>();
        for (String p : List.of("l_", "r_")) {
            sel.addAll(List.of(col(p + "row"), col(p + "source"), col(p + BlockedPairs.TFF)));
            for (String f : fields) sel.add(col(p + f));
        }
        Dataset<Row> wide = joined.select(sel.toArray(Column[]::new));
        List<String> names = List.copyOf(fields);
        MapPartitionsFunction<Row, Row> fn = it -> {
            ChunkComparer c = new ChunkComparer(runtime);
            int width = 3 + names.size();
            while (it.hasNext()) {
                Row w = it.next();
                c.pair(c.add(w, 0, 1, 2, 3, names), c.add(w, width, width + 1, width + 2, width + 3, names));
            }
            return c.flush().iterator();
        };
        return wide.mapPartitions(fn, Encoders.row(ChunkComparer.schema(runtime.termFrequencyComparisons().length)));
    }

    private static Dataset<Row> prefixed(Dataset<Row> records, List<String> fields, String p) {
        List<Column> cols = new ArrayList<>(List.of(col(RecordFrames.KEY).as(p + "key"), col(RecordFrames.SOURCE).as(p + "source"),
                col("row").as(p + "row"), col(BlockedPairs.TFF).as(p + BlockedPairs.TFF)));
        for (String f : fields) cols.add(col(f).as(p + f));
        return records.select(cols.toArray(Column[]::new));
    }
}
