package org.jigsaw.spark;

import static org.apache.spark.sql.functions.col;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.api.java.function.CoGroupFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.KeyValueGroupedDataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.jigsaw.link.Decision;
import org.jigsaw.link.block.LongList;
import org.jigsaw.link.cluster.CannotLink;
import org.jigsaw.link.cluster.CannotLinkKinds;
import org.jigsaw.link.cluster.ClusterPolicy;
import org.jigsaw.link.data.RecordTable;
import org.jigsaw.link.spec.CannotLinkSpec;
import org.jigsaw.link.spec.LinkSpec;

/**
 * Persons from links, honouring the same cannot-link constraints as the local engine. Two steps:
 * <ol>
 *   <li>connected components of the linking pairs on Spark ({@link ConnectedComponents}), which
 *       splits the graph into independent pieces of person size;</li>
 *   <li>inside each component, on an executor, the core's {@link ClusterPolicy} with the core's
 *       compiled {@link CannotLink} rules: the local engine's link order, constraints and
 *       ambiguity re-clustering.</li>
 * </ol>
 * The greedy merge never crosses components (a merge needs a link), so running it per component
 * gives exactly the clusters the local engine gets on the whole graph.
 */
final class SparkClusterer {

    /**
     * Record → cluster label; the linking pairs whose merge a constraint refused, and the accepted
     * pairs sent to review as ambiguous, both by {@code a_row, b_row}.
     */
    record Clusters(Dataset<Row> assignment, Dataset<Row> refused, Dataset<Row> toReview, int componentRounds) {
    }

    static final StructType OUT = new StructType()
            .add("kind", DataTypes.StringType, false)
            .add("x", DataTypes.StringType, false)
            .add("y", DataTypes.StringType, true)
            .add("xr", DataTypes.LongType, true)
            .add("yr", DataTypes.LongType, true);

    private SparkClusterer() {
    }

    /** Fields the cannot-link rules read, as each rule's kind declares them (built-in or plugged in). */
    static List<String> constraintFields(LinkSpec eff) {
        Set<String> f = new java.util.LinkedHashSet<>();
        CannotLinkKinds kinds = CannotLinkKinds.installed();
        for (CannotLinkSpec c : eff.clustering().cannotLink()) f.addAll(kinds.kind(c).fields(c));
        return new ArrayList<>(f);
    }

    static Clusters cluster(Dataset<Row> scored, Dataset<Row> records, List<String> recordFields, LinkSpec eff, SpecRuntime runtime) {
        List<String> linking = new ArrayList<>();
        for (Decision d : Decision.values()) if (d.links()) linking.add(d.name());
        Column isLink = col("decision").isin(linking.toArray());
        // components over input rows (longs): cheaper to shuffle than record keys
        Dataset<Row> edges = scored.where(isLink).select(col("a_row").as("a"), col("b_row").as("b"));
        ConnectedComponents.Result cc = ConnectedComponents.defaults().run(edges);
        Dataset<Row> labels = cc.labels().persist(org.apache.spark.storage.StorageLevel.MEMORY_AND_DISK());

        List<String> cf = new ArrayList<>(constraintFields(eff));
        cf.retainAll(recordFields);
        List<Column> rc = new ArrayList<>(List.of(col("component"), col(RecordFrames.KEY), col(RecordFrames.SOURCE), col("row")));
        for (String f : cf) rc.add(col(f));
        Dataset<Row> compRecords = records.join(labels, records.col("row").equalTo(labels.col("node")))
                .select(rc.toArray(Column[]::new));

        Dataset<Row> la = labels.select(col("node").as("la_node"), col("component").as("la_comp"));
        Dataset<Row> lb = labels.select(col("node").as("lb_node"), col("component").as("lb_comp"));
        Dataset<Row> compEdges = scored.where(isLink.or(col("decision").equalTo(Decision.CLERICAL_NON_MATCH.name())))
                .join(la, col("a_row").equalTo(col("la_node")))
                .join(lb, col("b_row").equalTo(col("lb_node")))
                .where(col("la_comp").equalTo(col("lb_comp")))
                .select(col("la_comp").as("component"), col("a_key"), col("b_key"), col("a_row"), col("b_row"),
                        col("match_weight"), col("decision"));

        MapFunction<Row, Long> byComp = r -> r.getLong(0);
        KeyValueGroupedDataset<Long, Row> gr = compRecords.groupByKey(byComp, Encoders.LONG());
        KeyValueGroupedDataset<Long, Row> ge = compEdges.groupByKey(byComp, Encoders.LONG());
        List<String> fields = List.copyOf(cf);
        // specs travel inside the runtime (as YAML): the core's spec records are not Serializable
        CoGroupFunction<Long, Row, Row, Row> fn = (comp, rs, es) -> resolve(comp, rs, es, fields,
                runtime.spec().clustering().cannotLink(), runtime.spec().clustering().maxClusterSize(), runtime);
        Dataset<Row> out = gr.cogroup(ge, fn, Encoders.row(OUT)).persist(org.apache.spark.storage.StorageLevel.MEMORY_AND_DISK());

        Dataset<Row> assignment = out.where(col("kind").equalTo("R")).select(col("x").as("record_key"), col("y").as("cluster"));
        Dataset<Row> refused = out.where(col("kind").equalTo("X")).select(col("xr").as("a_row"), col("yr").as("b_row"));
        Dataset<Row> toReview = out.where(col("kind").equalTo("V")).select(col("xr").as("a_row"), col("yr").as("b_row"));
        return new Clusters(assignment, refused, toReview, cc.rounds());
    }

    /** The local engine's clustering of one component. */
    static Iterator<Row> resolve(long comp, Iterator<Row> recs, Iterator<Row> edges, List<String> fields,
                                 List<CannotLinkSpec> specs, int maxSize, SpecRuntime runtime) {
        List<Row> rs = new ArrayList<>();
        recs.forEachRemaining(rs::add);
        rs.sort((x, y) -> Long.compare(x.getLong(3), y.getLong(3)));
        List<String> keys = new ArrayList<>(rs.size());
        List<String> sources = new ArrayList<>(rs.size());
        List<Map<String, String>> values = new ArrayList<>(rs.size());
        Map<String, Integer> local = new HashMap<>();
        for (Row r : rs) {
            local.put(r.getString(1), keys.size());
            keys.add(r.getString(1));
            sources.add(r.getString(2));
            Map<String, String> m = new HashMap<>();
            for (int f = 0; f < fields.size(); f++) {
                String v = r.getString(4 + f);
                if (v != null && !v.isBlank()) m.put(fields.get(f), v);
            }
            values.add(m);
        }
        List<Row> es = new ArrayList<>();
        Set<Long> nonMatches = new HashSet<>();
        edges.forEachRemaining(e -> {
            if (Decision.CLERICAL_NON_MATCH.name().equals(e.getString(6))) {
                int a = local.get(e.getString(1)), b = local.get(e.getString(2));
                nonMatches.add(a < b ? LongList.pair(a, b) : LongList.pair(b, a));
            } else {
                es.add(e);
            }
        });
        // pairs in input order, as the local engine holds them: the policy breaks weight ties by position
        es.sort((x, y) -> {
            int c = Long.compare(x.getLong(3), y.getLong(3));
            return c != 0 ? c : Long.compare(x.getLong(4), y.getLong(4));
        });
        RecordTable table = runtime.table(keys, sources, values);
        CannotLink cannotLink = CannotLink.compile(table, specs, nonMatches);
        int m = es.size();
        long[] pairs = new long[m];
        double[] w = new double[m];
        byte[] dec = new byte[m];
        for (int k = 0; k < m; k++) {
            Row e = es.get(k);
            pairs[k] = LongList.pair(local.get(e.getString(1)), local.get(e.getString(2)));
            w[k] = e.getDouble(5);
            dec[k] = (byte) Decision.valueOf(e.getString(6)).ordinal();
        }
        byte[] before = dec.clone();
        int[] clusterOf = new ClusterPolicy(cannotLink, maxSize).cluster(keys.size(), pairs, w, dec).clusterOf();
        List<Row> out = new ArrayList<>();
        for (int k = 0; k < m; k++) {
            if (dec[k] == before[k]) continue;
            // accepted links of ambiguous records went to review; refused links were rejected
            out.add(edgeRow(dec[k] == Decision.REVIEW.ordinal() ? "V" : "X", es.get(k)));
        }
        for (int i = 0; i < clusterOf.length; i++) out.add(RowFactory.create("R", keys.get(i), comp + "#" + clusterOf[i], null, null));
        return out.iterator();
    }

    /** A pair whose decision clustering changed, by key and by row. */
    private static Row edgeRow(String kind, Row e) {
        return RowFactory.create(kind, e.getString(1), e.getString(2), e.getLong(3), e.getLong(4));
    }
}
