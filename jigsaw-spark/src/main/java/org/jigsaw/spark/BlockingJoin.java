package org.jigsaw.spark;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.jigsaw.link.spec.LinkType;

/**
 * Blocking as equi-joins: every record gets one key per blocking rule, records are self-joined on
 * (rule, key), pairs from all rules are unioned and deduplicated (a pair keeps the first rule that
 * found it). Keys held by more records than {@code saltThreshold} are salted: the left side is
 * replicated over {@code s} salts and the right side lands on one salt chosen by a hash of its
 * record key, so a skewed block is spread over {@code s} tasks while each pair is still produced
 * exactly once. Blocks larger than {@code maxBlockSize} (when &gt; 0) are skipped, as the local
 * blocker does, because their pairs are almost all non-matches and they would dominate the run.
 *
 * @param saltThreshold records per key above which a key is salted
 * @param maxSalts      upper bound on the salts of one key
 * @param maxBlockSize  skip keys with more records than this; 0 = never skip
 * @param linkType     which pairs are wanted: any, across sources only, or within sources only
 */
public record BlockingJoin(long saltThreshold, int maxSalts, long maxBlockSize, LinkType linkType)
        implements java.io.Serializable {

    public static final StructType KEYED = new StructType()
            .add("rule", DataTypes.IntegerType, false)
            .add("bkey", DataTypes.StringType, false)
            .add("rec", DataTypes.StringType, false)
            .add("src", DataTypes.StringType, true);

    public static BlockingJoin defaults() {
        return new BlockingJoin(5_000, 64, 0, LinkType.DEDUPE_AND_LINK);
    }

    /** One row per (rule, key, record). */
    public Dataset<Row> keys(Dataset<Row> records, BlockingKeyer keyer) {
        MapPartitionsFunction<Row, Row> f = (Iterator<Row> it) -> {
            List<Row> out = new ArrayList<>();
            while (it.hasNext()) {
                Row row = it.next();
                String[] ks = keyer.keys(RecordFrames.values(row));
                for (int i = 0; i < ks.length; i++) {
                    if (ks[i] != null && !ks[i].isEmpty()) {
                        out.add(RowFactory.create(i, ks[i], RecordFrames.key(row), RecordFrames.source(row)));
                    }
                }
            }
            return out.iterator();
        };
        return records.mapPartitions(f, Encoders.row(KEYED));
    }

    /** Distinct candidate pairs {@code (left, right, rule)} with {@code left < right}. */
    public Dataset<Row> pairs(Dataset<Row> records, BlockingKeyer keyer) {
        java.util.Objects.requireNonNull(linkType, "linkType");
        Dataset<Row> keyed = keys(records, keyer).persist(org.apache.spark.storage.StorageLevel.MEMORY_AND_DISK());
        Dataset<Row> sizes = keyed.groupBy("rule", "bkey").count();
        if (maxBlockSize > 0) {
            sizes = sizes.where(col("count").leq(maxBlockSize));
        }
        // blocks of one record make no pairs: dropping them here shrinks both join sides
        sizes = sizes.where(col("count").gt(1))
                .withColumn("salts", when(col("count").gt(saltThreshold),
                        expr("least(" + maxSalts + ", cast(ceil(count / " + saltThreshold + ") as int))")).otherwise(lit(1)))
                .drop("count");
        Dataset<Row> live = keyed.join(sizes, Columns.seq("rule", "bkey"));
        Dataset<Row> left = live.withColumn("salt", explode(expr("sequence(0, salts - 1)")))
                .select(col("rule"), col("bkey"), col("salt"), col("rec").as("l"), col("src").as("lsrc"));
        Dataset<Row> right = live.withColumn("salt", expr("pmod(xxhash64(rec), salts)").cast(DataTypes.IntegerType))
                .select(col("rule"), col("bkey"), col("salt"), col("rec").as("r"), col("src").as("rsrc"));
        Dataset<Row> joined = left.join(right,
                        Columns.seq("rule", "bkey", "salt"))
                .where(col("l").lt(col("r")));
        // a missing source counts as one unnamed source, as in the local engine's table
        Column ls = coalesce(col("lsrc"), lit("")), rs = coalesce(col("rsrc"), lit(""));
        switch (linkType) {
            case LINK_ONLY -> joined = joined.where(ls.notEqual(rs));
            case DEDUPE_ONLY -> joined = joined.where(ls.equalTo(rs));
            case DEDUPE_AND_LINK -> { }
        }
        return joined.groupBy(col("l").as("left"), col("r").as("right")).agg(min("rule").as("rule"));
    }
}
