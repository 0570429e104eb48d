package org.jigsaw.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.jigsaw.link.cluster.StableIds;

/**
 * The core's stable person IDs ({@link StableIds}) at Spark scale. A cluster takes the previous ID
 * most of its records held; claims are settled strongest first (votes, then ID, then the cluster's
 * first record in input order). A claim that is its cluster's only claim and its ID's only claim
 * wins whatever the order, so only the contended claims — splits and merges, a small share — are
 * settled on the driver with the core's greedy order; everything else is decided in parallel.
 * Clusters without a previous ID get the core's deterministic new ID (hash of the smallest record
 * key), re-salted in the rare case it collides with an ID in use.
 */
final class SparkStableIds {

    private SparkStableIds() {
    }

    /**
     * @param clusters {@code record_key, cluster, row} for every record
     * @param previous {@code record_key, person_id} of the previous snapshot, or null
     * @return {@code record_key, person_id}
     */
    static Dataset<Row> assign(SparkSession spark, Dataset<Row> clusters, Dataset<Row> previous) {
        Dataset<Row> info = clusters.groupBy("cluster").agg(min("record_key").as("min_key"), min("row").as("first_row"));
        Dataset<Row> owned;
        if (previous == null) {
            owned = info.select(col("cluster"), col("min_key"), lit(null).cast(DataTypes.StringType).as("person_id"));
        } else {
            Dataset<Row> claims = clusters.join(previous.select(col("record_key").as("pk"), col("person_id").as("prev")),
                            col("record_key").equalTo(col("pk")))
                    .groupBy("cluster", "prev").agg(count(lit(1)).as("votes"))
                    .persist(org.apache.spark.storage.StorageLevel.MEMORY_AND_DISK());
            Dataset<Row> perCluster = claims.groupBy(col("cluster").as("c1")).agg(count(lit(1)).as("cn"));
            Dataset<Row> perId = claims.groupBy(col("prev").as("p1")).agg(count(lit(1)).as("pn"));
            Dataset<Row> tagged = claims.join(perCluster, col("cluster").equalTo(col("c1")))
                    .join(perId, col("prev").equalTo(col("p1")));
            Dataset<Row> simple = tagged.where(col("cn").equalTo(1).and(col("pn").equalTo(1)))
                    .select(col("cluster").as("sc"), col("prev").as("sid"));
            List<Row> contended = tagged.where(col("cn").gt(1).or(col("pn").gt(1)))
                    .join(info.select(col("cluster").as("ic"), col("first_row")), col("cluster").equalTo(col("ic")))
                    .select("cluster", "prev", "votes", "first_row").collectAsList();
            List<Row> settled = settle(contended);
            StructType s = new StructType().add("sc", DataTypes.StringType).add("sid", DataTypes.StringType);
            Dataset<Row> won = simple.union(spark.createDataFrame(settled, s));
            owned = info.join(won, info.col("cluster").equalTo(won.col("sc")), "left")
                    .select(col("cluster"), col("min_key"), col("sid").as("person_id"));
        }
        MapFunction<Row, Row> fresh = r -> r.isNullAt(2)
                ? RowFactory.create(r.getString(0), StableIds.newId(r.getString(1), 0), true)
                : RowFactory.create(r.getString(0), r.getString(2), false);
        StructType ids = new StructType().add("cluster", DataTypes.StringType).add("person_id", DataTypes.StringType)
                .add("is_new", DataTypes.BooleanType);
        Dataset<Row> byCluster = owned.map(fresh, Encoders.row(ids)).persist(org.apache.spark.storage.StorageLevel.MEMORY_AND_DISK());
        byCluster = resolveCollisions(spark, byCluster, owned, previous);
        return clusters.join(byCluster, "cluster").select("record_key", "person_id");
    }

    /** The core's greedy settlement of contended claims: returns (cluster, id) for each winner. */
    static List<Row> settle(List<Row> claims) {
        List<Row> sorted = new ArrayList<>(claims);
        sorted.sort(Comparator.<Row>comparingLong(r -> -r.getLong(2))
                .thenComparing(r -> r.getString(1))
                .thenComparingLong(r -> r.getLong(3)));
        Set<String> clusterDone = new HashSet<>();
        Set<String> taken = new HashSet<>();
        List<Row> out = new ArrayList<>();
        for (Row r : sorted) {
            if (clusterDone.contains(r.getString(0)) || taken.contains(r.getString(1))) continue;
            clusterDone.add(r.getString(0));
            taken.add(r.getString(1));
            out.add(RowFactory.create(r.getString(0), r.getString(1)));
        }
        return out;
    }

    /**
     * New IDs are 60-bit hashes: a clash with an ID in use (or another new one) is astronomically
     * rare but would merge two people in every later join, so it is checked and re-salted.
     */
    private static Dataset<Row> resolveCollisions(SparkSession spark, Dataset<Row> byCluster, Dataset<Row> owned, Dataset<Row> previous) {
        Dataset<Row> fresh = byCluster.where(col("is_new"));
        Dataset<Row> inUse = byCluster.select("person_id");
        if (previous != null) inUse = inUse.union(previous.select("person_id"));
        Dataset<Row> dupIds = inUse.groupBy("person_id").count().where(col("count").gt(1)).select(col("person_id").as("dup"));
        List<Row> clashing = fresh.join(dupIds, col("person_id").equalTo(col("dup")))
                .join(owned.select(col("cluster").as("oc"), col("min_key")), col("cluster").equalTo(col("oc")))
                .select("cluster", "min_key").orderBy("min_key").collectAsList();
        if (clashing.isEmpty()) return byCluster.select("cluster", "person_id");
        Map<String, String> fixed = new HashMap<>();
        Set<String> chosen = new HashSet<>();
        for (Row r : clashing) {
            for (int salt = 1; ; salt++) {
                String id = StableIds.newId(r.getString(1), salt);
                boolean used = !inUse.where(col("person_id").equalTo(id)).isEmpty();
                if (!used && chosen.add(id)) {
                    fixed.put(r.getString(0), id);
                    break;
                }
            }
        }
        List<Row> rows = new ArrayList<>();
        fixed.forEach((c, id) -> rows.add(RowFactory.create(c, id)));
        Dataset<Row> fx = spark.createDataFrame(rows, new StructType().add("fc", DataTypes.StringType).add("fid", DataTypes.StringType));
        return byCluster.join(fx, col("cluster").equalTo(col("fc")), "left")
                .select(col("cluster"), org.apache.spark.sql.functions.coalesce(col("fid"), col("person_id")).as("person_id"));
    }
}
