package org.jigsaw.spark;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.jigsaw.link.data.RecordTable;
import org.jigsaw.link.data.VirtualFields;

/**
 * The core's virtual fields ({@link VirtualFields}, e.g. {@code name_pair} for swapped names)
 * added on the executors, chunk by chunk, by the core's own code: whatever fields the core derives
 * for the local engine, Spark derives the same way.
 */
final class VirtualColumns {

    private static final int CHUNK = 8192;

    private VirtualColumns() {
    }

    static Dataset<Row> add(Dataset<Row> records) {
        List<String> fields = new ArrayList<>();
        for (StructField f : records.schema().fields()) {
            if (f.dataType().equals(DataTypes.StringType) && !f.name().equals(RecordFrames.KEY) && !f.name().equals(RecordFrames.SOURCE)) {
                fields.add(f.name());
            }
        }
        List<String> added = addedBy(fields);
        if (added.isEmpty()) return records;
        StructType out = records.schema();
        for (String a : added) out = out.add(a, DataTypes.StringType, true);
        int width = records.schema().size();
        List<String> fs = List.copyOf(fields);
        List<String> as = List.copyOf(added);
        MapPartitionsFunction<Row, Row> fn = it -> new Iterator<>() {
            private List<Row> chunk = List.of();
            private int pos;

            @Override
            public boolean hasNext() {
                while (pos >= chunk.size()) {
                    if (!it.hasNext()) return false;
                    chunk = nextChunk(it, fs, as, width);
                    pos = 0;
                }
                return true;
            }

            @Override
            public Row next() {
                if (!hasNext()) throw new java.util.NoSuchElementException();
                return chunk.get(pos++);
            }
        };
        return records.mapPartitions(fn, Encoders.row(out));
    }

    /** Which columns the core adds when every field is present. */
    static List<String> addedBy(List<String> fields) {
        Map<String, String[]> probe = new LinkedHashMap<>();
        for (String f : fields) probe.put(f, new String[] {"A"});
        RecordTable t = RecordTable.fromColumns(new String[] {"probe"}, new int[] {0}, List.of("probe"), probe);
        List<String> added = new ArrayList<>(VirtualFields.addTo(t).columns().keySet());
        added.removeAll(fields);
        return added;
    }

    private static List<Row> nextChunk(Iterator<Row> it, List<String> fields, List<String> added, int width) {
        List<Row> in = new ArrayList<>(CHUNK);
        while (it.hasNext() && in.size() < CHUNK) in.add(it.next());
        Map<String, String[]> cols = new LinkedHashMap<>();
        String[] keys = new String[in.size()];
        for (String f : fields) cols.put(f, new String[in.size()]);
        for (int i = 0; i < in.size(); i++) {
            Row r = in.get(i);
            keys[i] = RecordFrames.key(r);
            for (String f : fields) cols.get(f)[i] = r.getString(r.fieldIndex(f));
        }
        RecordTable t = VirtualFields.addTo(RecordTable.fromColumns(keys, new int[in.size()], List.of(""), cols));
        List<Row> out = new ArrayList<>(in.size());
        for (int i = 0; i < in.size(); i++) {
            Object[] v = new Object[width + added.size()];
            for (int c = 0; c < width; c++) v[c] = in.get(i).get(c);
            for (int a = 0; a < added.size(); a++) {
                v[width + a] = t.columns().containsKey(added.get(a)) ? t.column(added.get(a)).value(i) : null;
            }
            out.add(RowFactory.create(v));
        }
        return out;
    }
}
