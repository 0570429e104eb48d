package org.jigsaw.spark;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.jigsaw.link.block.LongList;
import org.jigsaw.link.data.RecordTable;
import org.jigsaw.link.model.PatternSpace;

/**
 * Comparison vectors for a batch of pairs inside an executor. Records are added once per batch,
 * pairs refer to them by position; when the batch is full it becomes a small core
 * {@link RecordTable}, the spec's comparisons are bound to it and the core's {@link PatternSpace}
 * packs every pair's levels into one {@code long}. Levels depend only on the two values compared,
 * never on the rest of the table, so a batch gives the pattern the local engine computes on the
 * whole table.
 *
 * <p>Output per pair ({@link #SCHEMA}): the two records' input rows ({@code a_row < b_row}, the
 * local engine's orientation), the packed pattern, the first deterministic rule the pair meets (or
 * null) and, per term-frequency comparison agreeing at its exact level, the frequency of the agreed
 * value among all records (else null).
 */
final class ChunkComparer {

    static final int MAX_RECORDS = 8192;
    private static final int MAX_PAIRS = 1 << 16;

    private final SpecRuntime runtime;
    private final int[] tf;
    private final List<String> sources = new ArrayList<>();
    private final List<Map<String, String>> values = new ArrayList<>();
    private final List<double[]> frequencies = new ArrayList<>();
    private final LongList rows = new LongList(MAX_RECORDS);
    private final LongList pairs = new LongList(1024);

    ChunkComparer(SpecRuntime runtime) {
        this.runtime = runtime;
        this.tf = runtime.termFrequencyComparisons();
    }

    static StructType schema(int tfCount) {
        StructType s = new StructType()
                .add("a_row", DataTypes.LongType, false).add("b_row", DataTypes.LongType, false)
                .add("pattern", DataTypes.LongType, false).add("det", DataTypes.StringType, true);
        for (int t = 0; t < tfCount; t++) s = s.add("tff" + t, DataTypes.DoubleType, true);
        return s;
    }

    /**
     * @param frequency per term-frequency comparison, the frequency of this record's value (NaN when blank)
     * @return the record's position in this batch
     */
    int add(long row, String source, Map<String, String> fieldValues, double[] frequency) {
        rows.add(row);
        sources.add(source);
        values.add(fieldValues);
        frequencies.add(frequency);
        return rows.size() - 1;
    }

    /**
     * Adds the record a Spark row holds: its input row, source, term frequencies and, from
     * {@code fieldsAt} on, the {@code fields} in order (blank values left out).
     */
    int add(Row r, int rowAt, int sourceAt, int tffAt, int fieldsAt, List<String> fields) {
        Map<String, String> fieldValues = new HashMap<>();
        for (int f = 0; f < fields.size(); f++) {
            String s = r.getString(fieldsAt + f);
            if (s != null && !s.isBlank()) fieldValues.put(fields.get(f), s);
        }
        List<Double> fl = r.getList(tffAt);
        double[] frequency = new double[fl.size()];
        for (int t = 0; t < frequency.length; t++) frequency[t] = fl.get(t);
        return add(r.getLong(rowAt), r.isNullAt(sourceAt) ? "" : r.getString(sourceAt), fieldValues, frequency);
    }

    /** Queues the pair of two positions returned by {@link #add}. */
    void pair(int i, int j) {
        boolean iFirst = rows.get(i) < rows.get(j);
        pairs.add(LongList.pair(iFirst ? i : j, iFirst ? j : i));
    }

    boolean full() {
        return rows.size() >= MAX_RECORDS || pairs.size() >= MAX_PAIRS;
    }

    boolean isEmpty() {
        return rows.size() == 0;
    }

    /** Compares every queued pair and empties the batch. */
    List<Row> flush() {
        List<Row> out = new ArrayList<>(pairs.size());
        if (pairs.size() > 0) {
            int n = rows.size();
            List<String> keys = new ArrayList<>(n);
            for (int i = 0; i < n; i++) keys.add(Integer.toString(i));
            RecordTable table = runtime.table(keys, sources, values);
            PatternSpace space = runtime.patternSpace(table);
            for (int p = 0; p < pairs.size(); p++) {
                int i = LongList.left(pairs.get(p)), j = LongList.right(pairs.get(p));
                long pattern = space.pattern(i, j);
                Object[] v = new Object[4 + tf.length];
                v[0] = rows.get(i);
                v[1] = rows.get(j);
                v[2] = pattern;
                v[3] = runtime.deterministicRule(values.get(i), values.get(j));
                for (int t = 0; t < tf.length; t++) {
                    double f = frequencies.get(i)[t];
                    v[4 + t] = space.level(pattern, tf[t]) == 1 && !Double.isNaN(f) ? f : null;
                }
                out.add(RowFactory.create(v));
            }
        }
        rows.clear();
        pairs.clear();
        sources.clear();
        values.clear();
        frequencies.clear();
        return out;
    }
}
