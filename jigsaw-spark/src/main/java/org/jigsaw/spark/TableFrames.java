package org.jigsaw.spark;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.jigsaw.link.data.Column;
import org.jigsaw.link.data.RecordTable;

/**
 * The local engine's {@link RecordTable} as a Spark table ({@code key, source} and one string
 * column per field), rows in table order: what lets the same records, standardised once by the
 * core, run through both engines.
 */
public final class TableFrames {

    private TableFrames() {
    }

    public static Dataset<Row> of(SparkSession spark, RecordTable table) {
        List<String> fields = new ArrayList<>(table.columns().keySet());
        StructType schema = new StructType().add(RecordFrames.KEY, DataTypes.StringType, false)
                .add(RecordFrames.SOURCE, DataTypes.StringType, true);
        for (String f : fields) schema = schema.add(f, DataTypes.StringType, true);
        List<Column> cols = fields.stream().map(table::column).toList();
        List<Row> rows = new ArrayList<>(table.size());
        for (int i = 0; i < table.size(); i++) {
            Object[] v = new Object[2 + fields.size()];
            v[0] = table.key(i);
            v[1] = table.sourceName(i);
            for (int f = 0; f < cols.size(); f++) v[2 + f] = cols.get(f).value(i);
            rows.add(RowFactory.create(v));
        }
        // one slice per core keeps input order = row order, which the engines use to break ties
        return spark.createDataFrame(rows, schema);
    }
}
