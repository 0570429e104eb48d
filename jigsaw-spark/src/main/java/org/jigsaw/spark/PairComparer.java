package org.jigsaw.spark;

import static org.apache.spark.sql.functions.col;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.jigsaw.link.data.RecordTable;
import org.jigsaw.link.model.PatternSpace;

/**
 * Comparison vectors inside executors. Each candidate pair is joined to both records; a partition
 * is then cut into chunks, each chunk becomes a small core {@link RecordTable} (two rows per pair),
 * the spec's comparisons are bound to it and the core's {@link PatternSpace} packs every pair's
 * levels into one {@code long}. Levels depend only on the two values compared, never on the rest
 * of the table, so a chunk gives the same pattern the local engine computes on the whole table.
 *
 * <p>Output per pair, oriented by input order ({@code a_row < b_row}, as the local engine orients
 * its pairs): keys, rows, packed pattern, the deterministic rule it meets (or null) and, for each
 * term-frequency comparison at its exact level, the agreed value.
 */
final class PairComparer {

    private static final int CHUNK = 8192;

    private PairComparer() {
    }

    static StructType schema(int tfCount) {
        StructType s = new StructType()
                .add("a_key", DataTypes.StringType, false).add("b_key", DataTypes.StringType, false)
                .add("a_row", DataTypes.LongType, false).add("b_row", DataTypes.LongType, false)
                .add("pattern", DataTypes.LongType, false).add("det", DataTypes.StringType, true);
        for (int t = 0; t < tfCount; t++) s = s.add("tf" + t, DataTypes.StringType, true);
        return s;
    }

    /**
     * @param pairs   {@code left, right} record keys
     * @param records {@code key, source, row} and the field columns in {@code fields}
     */
    static Dataset<Row> compare(Dataset<Row> pairs, Dataset<Row> records, List<String> fields, SpecRuntime runtime) {
        Dataset<Row> l = prefixed(records, fields, "l_");
        Dataset<Row> r = prefixed(records, fields, "r_");
        Dataset<Row> joined = pairs.join(l, pairs.col("left").equalTo(l.col("l_key")))
                .join(r, pairs.col("right").equalTo(r.col("r_key")));
        List<Column> sel = new ArrayList<>(List.of(col("l_key"), col("l_source"), col("l_row"), col("r_key"), col("r_source"), col("r_row")));
        for (String f : fields) sel.add(col("l_" + f));
        for (String f : fields) sel.add(col("r_" + f));
        Dataset<Row> wide = joined.select(sel.toArray(Column[]::new));
        int[] tf = runtime.termFrequencyComparisons();
        List<String> fieldList = List.copyOf(fields);
        MapPartitionsFunction<Row, Row> fn = it -> new ChunkIterator(it, fieldList, runtime, tf);
        return wide.mapPartitions(fn, Encoders.row(schema(tf.length)));
    }

    private static Dataset<Row> prefixed(Dataset<Row> records, List<String> fields, String p) {
        List<Column> cols = new ArrayList<>(List.of(col(RecordFrames.KEY).as(p + "key"), col(RecordFrames.SOURCE).as(p + "source"),
                col("row").as(p + "row")));
        for (String f : fields) cols.add(col(f).as(p + f));
        return records.select(cols.toArray(Column[]::new));
    }

    /** Pulls {@link #CHUNK} pairs at a time so a partition of any size streams through. */
    private static final class ChunkIterator implements Iterator<Row> {
        private final Iterator<Row> in;
        private final List<String> fields;
        private final SpecRuntime runtime;
        private final int[] tf;
        private List<Row> out = List.of();
        private int pos;

        ChunkIterator(Iterator<Row> in, List<String> fields, SpecRuntime runtime, int[] tf) {
            this.in = in;
            this.fields = fields;
            this.runtime = runtime;
            this.tf = tf;
        }

        @Override
        public boolean hasNext() {
            while (pos >= out.size()) {
                if (!in.hasNext()) return false;
                out = nextChunk();
                pos = 0;
            }
            return true;
        }

        @Override
        public Row next() {
            if (!hasNext()) throw new NoSuchElementException();
            return out.get(pos++);
        }

        private List<Row> nextChunk() {
            List<String> keys = new ArrayList<>(2 * CHUNK);
            List<String> sources = new ArrayList<>(2 * CHUNK);
            List<Map<String, String>> values = new ArrayList<>(2 * CHUNK);
            List<long[]> rows = new ArrayList<>(CHUNK);
            int nf = fields.size();
            while (in.hasNext() && rows.size() < CHUNK) {
                Row w = in.next();
                long lr = w.getLong(2), rr = w.getLong(5);
                boolean leftFirst = lr < rr;
                int a = leftFirst ? 0 : 3, b = leftFirst ? 3 : 0;
                int av = leftFirst ? 6 : 6 + nf, bv = leftFirst ? 6 + nf : 6;
                keys.add(w.getString(a));
                sources.add(w.getString(a + 1));
                values.add(fieldValues(w, av, nf));
                keys.add(w.getString(b));
                sources.add(w.getString(b + 1));
                values.add(fieldValues(w, bv, nf));
                rows.add(new long[] {w.getLong(a + 2), w.getLong(b + 2)});
            }
            RecordTable table = runtime.table(keys, sources, values);
            PatternSpace space = runtime.patternSpace(table);
            List<Row> result = new ArrayList<>(rows.size());
            for (int p = 0; p < rows.size(); p++) {
                int i = 2 * p, j = 2 * p + 1;
                long pattern = space.pattern(i, j);
                Object[] v = new Object[6 + tf.length];
                v[0] = keys.get(i);
                v[1] = keys.get(j);
                v[2] = rows.get(p)[0];
                v[3] = rows.get(p)[1];
                v[4] = pattern;
                v[5] = runtime.deterministicRule(values.get(i), values.get(j));
                for (int t = 0; t < tf.length; t++) {
                    int k = tf[t];
                    v[6 + t] = space.level(pattern, k) == 1 ? values.get(i).get(space.comparisons().get(k).field()) : null;
                }
                result.add(RowFactory.create(v));
            }
            return result;
        }

        private Map<String, String> fieldValues(Row w, int from, int nf) {
            Map<String, String> m = new HashMap<>();
            for (int f = 0; f < nf; f++) {
                String s = w.getString(from + f);
                if (s != null && !s.isBlank()) m.put(fields.get(f), s);
            }
            return m;
        }
    }
}
