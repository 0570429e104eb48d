package org.jigsaw.spark;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.jigsaw.record.Field;
import org.jigsaw.record.SourceRecord;

/**
 * Records as a Spark table: {@code key}, {@code source}, then one nullable string column per
 * canonical {@link Field} named by its key ({@code nhs_number}, {@code dob}…). This is the Parquet
 * layout the Spark engine reads and writes; executors turn rows back into {@link SourceRecord}s so
 * the core's Java code sees exactly what the local engine sees.
 */
public final class RecordFrames {

    public static final String KEY = "key";
    public static final String SOURCE = "source";
    private static final Field[] FIELDS = Field.values();
    public static final StructType SCHEMA = schema();

    private RecordFrames() {
    }

    private static StructType schema() {
        List<StructField> cols = new ArrayList<>();
        cols.add(DataTypes.createStructField(KEY, DataTypes.StringType, false));
        cols.add(DataTypes.createStructField(SOURCE, DataTypes.StringType, true));
        for (Field f : FIELDS) {
            cols.add(DataTypes.createStructField(f.key(), DataTypes.StringType, true));
        }
        return DataTypes.createStructType(cols);
    }

    public static Row toRow(SourceRecord r) {
        Object[] v = new Object[2 + FIELDS.length];
        v[0] = r.key();
        v[1] = r.source();
        for (int i = 0; i < FIELDS.length; i++) {
            v[2 + i] = r.get(FIELDS[i]);
        }
        return RowFactory.create(v);
    }

    /** A row of {@link #SCHEMA} (or any row with those column names) back to a record. */
    public static SourceRecord fromRow(Row row) {
        Map<Field, String> values = new EnumMap<>(Field.class);
        StructType s = row.schema();
        if (s == null) {
            for (int i = 0; i < FIELDS.length; i++) {
                String v = row.getString(2 + i);
                if (v != null) values.put(FIELDS[i], v);
            }
            return new SourceRecord(row.getString(0), row.getString(1), null, 0, values);
        }
        for (Field f : FIELDS) {
            int i = s.getFieldIndex(f.key()).getOrElse(() -> -1);
            if (i >= 0 && !row.isNullAt(i)) values.put(f, row.getString(i));
        }
        int src = s.getFieldIndex(SOURCE).getOrElse(() -> -1);
        return new SourceRecord(row.getString(row.fieldIndex(KEY)), src >= 0 ? row.getString(src) : null, null, 0, values);
    }

    public static String key(Row row) {
        return row.getString(row.fieldIndex(KEY));
    }

    /** The record's source, or null when the table has no source column. */
    public static String source(Row row) {
        int i = row.schema().getFieldIndex(SOURCE).getOrElse(() -> -1);
        return i < 0 ? null : row.getString(i);
    }

    /**
     * Field key → value for every non-blank string column other than key and source: canonical
     * fields and any extra field a spec names (e.g. a dataset's own identifier column).
     */
    public static Map<String, String> values(Row row) {
        Map<String, String> out = new java.util.HashMap<>();
        StructField[] fs = row.schema().fields();
        for (int i = 0; i < fs.length; i++) {
            String name = fs[i].name();
            if (name.equals(KEY) || name.equals(SOURCE) || row.isNullAt(i)) continue;
            Object v = row.get(i);
            if (v instanceof String s && !s.isBlank()) out.put(name, s);
        }
        return out;
    }

    public static Dataset<Row> of(SparkSession spark, List<SourceRecord> records) {
        List<Row> rows = new ArrayList<>(records.size());
        for (SourceRecord r : records) rows.add(toRow(r));
        return spark.createDataFrame(rows, SCHEMA);
    }

    public static List<SourceRecord> collect(Dataset<Row> frame) {
        List<SourceRecord> out = new ArrayList<>();
        for (Row r : frame.collectAsList()) out.add(fromRow(r));
        return out;
    }

    public static void writeParquet(Dataset<Row> frame, String path) {
        frame.write().mode(SaveMode.Overwrite).parquet(path);
    }

    /** Reads records written by {@link #writeParquet}; missing field columns are added as nulls. */
    public static Dataset<Row> readParquet(SparkSession spark, String path) {
        return conform(spark.read().parquet(path));
    }

    /** Selects the record columns in {@link #SCHEMA} order, adding absent fields as null strings. */
    public static Dataset<Row> conform(Dataset<Row> frame) {
        List<String> have = List.of(frame.columns());
        org.apache.spark.sql.Column[] cols = new org.apache.spark.sql.Column[SCHEMA.size()];
        for (int i = 0; i < cols.length; i++) {
            String name = SCHEMA.fields()[i].name();
            cols[i] = have.contains(name)
                    ? frame.col(name).cast(DataTypes.StringType).as(name)
                    : org.apache.spark.sql.functions.lit(null).cast(DataTypes.StringType).as(name);
        }
        return frame.select(cols);
    }
}
