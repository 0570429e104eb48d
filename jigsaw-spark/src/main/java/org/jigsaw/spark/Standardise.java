package org.jigsaw.spark;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.jigsaw.link.data.FieldValues;

/**
 * Raw extract values to the form linkage compares, inside executors, with the core's own
 * standardisers ({@link FieldValues#standardiser}: dates in any known format, sex code lists,
 * NHS numbers and postcodes with any spacing, names upper-cased with punctuation standardised).
 * Columns {@code key} and {@code source} pass through; every other string column is a field.
 */
public final class Standardise {

    private Standardise() {
    }

    public static Dataset<Row> frame(Dataset<Row> raw) {
        StructType in = raw.schema();
        StructType out = new StructType();
        List<String> names = new ArrayList<>();
        for (StructField f : in.fields()) {
            out = out.add(f.name(), DataTypes.StringType, !f.name().equals(RecordFrames.KEY));
            names.add(f.name());
        }
        List<String> cols = List.copyOf(names);
        MapPartitionsFunction<Row, Row> fn = it -> {
            @SuppressWarnings("unchecked")
            UnaryOperator<String>[] std = new UnaryOperator[cols.size()];
            for (int i = 0; i < std.length; i++) {
                String c = cols.get(i);
                std[i] = c.equals(RecordFrames.KEY) || c.equals(RecordFrames.SOURCE) ? UnaryOperator.identity() : FieldValues.standardiser(c);
            }
            List<Row> rows = new ArrayList<>();
            while (it.hasNext()) {
                Row r = it.next();
                Object[] v = new Object[std.length];
                for (int i = 0; i < std.length; i++) {
                    Object x = r.get(i);
                    String s = x == null ? null : x.toString().trim();
                    v[i] = s == null || s.isEmpty() ? null : std[i].apply(s);
                }
                rows.add(RowFactory.create(v));
            }
            return rows.iterator();
        };
        return raw.mapPartitions(fn, Encoders.row(out));
    }
}
