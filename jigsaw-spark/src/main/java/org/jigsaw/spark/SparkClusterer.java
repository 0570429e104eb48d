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
import org.jigsaw.link.cluster.Clusterer;
import org.jigsaw.link.data.RecordTable;
import org.jigsaw.link.spec.CannotLinkSpec;
import org.jigsaw.link.spec.LinkSpec;

/**
 * Persons from links, honouring the same cannot-link constraints as the local engine. Two steps:
 * <ol>
 *   <li>connected components of the linking pairs on Spark ({@link ConnectedComponents}), which
 *       splits the graph into independent pieces of person size;</li>
 *   <li>inside each component, on an executor, the core's own greedy {@link Clusterer} with the
 *       core's compiled {@link CannotLink} rules, taking links in the local engine's order
 *       (clerical matches, deterministic, then weight; ties by input order).</li>
 * </ol>
 * Records pulled towards two persons that cannot be one are ambiguous: their model-made links go
 * to review and the component is clustered again, as locally.
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

    /** Fields the cannot-link rules read. */
    static List<String> constraintFields(LinkSpec eff) {
        Set<String> f = new java.util.LinkedHashSet<>();
        for (CannotLinkSpec c : eff.clustering().cannotLink()) {
            if ("different_value".equals(c.kind()) && c.field() != null) f.add(c.field());
            // the twins rule also reads identifiers: twins never share one
            if ("twins".equals(c.kind()) || "encoded_twins".equals(c.kind())) {
                f.addAll(List.of("dob", "family_name", "given_name", "sex", "nhs_number", "upn", "former_upn", "uln", "local_id", "identifier"));
            }
            if ("different_upn".equals(c.kind())) f.addAll(List.of("upn", "former_upn"));
            if ("different_dob".equals(c.kind())) f.addAll(List.of("dob", "nhs_number", "upn", "former_upn", "uln", "local_id", "identifier"));
        }
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
        // the local engine's order: class, then weight descending (as a float, ties included), then input order
        es.sort((x, y) -> {
            int c = Integer.compare(Float.floatToIntBits(orderKey(x)), Float.floatToIntBits(orderKey(y)));
            if (c != 0) return c;
            c = Long.compare(x.getLong(3), y.getLong(3));
            return c != 0 ? c : Long.compare(x.getLong(4), y.getLong(4));
        });
        RecordTable table = runtime.table(keys, sources, values);
        CannotLink cannotLink = CannotLink.compile(table, specs, nonMatches);
        int m = es.size();
        int[] ea = new int[m], eb = new int[m];
        double[] w = new double[m];
        String[] dec = new String[m];
        for (int k = 0; k < m; k++) {
            Row e = es.get(k);
            ea[k] = local.get(e.getString(1));
            eb[k] = local.get(e.getString(2));
            w[k] = e.getDouble(5);
            dec[k] = e.getString(6);
        }
        // the local engine's pass: cluster, find records pulled towards two persons that cannot be
        // one (ambiguous), send their model-made links to review and cluster again without them
        Clusterer.Outcome[] outcome = new Clusterer.Outcome[m];
        Clusterer clusterer = runOnce(keys.size(), ea, eb, dec, outcome, cannotLink, maxSize);
        double[] bestInside = new double[keys.size()];
        java.util.Arrays.fill(bestInside, Double.NEGATIVE_INFINITY);
        for (int k = 0; k < m; k++) {
            if (!outcome[k].together()) continue;
            double x = ACCEPTED.equals(dec[k]) ? w[k] : Double.POSITIVE_INFINITY;
            bestInside[ea[k]] = Math.max(bestInside[ea[k]], x);
            bestInside[eb[k]] = Math.max(bestInside[eb[k]], x);
        }
        java.util.BitSet ambiguous = new java.util.BitSet(keys.size());
        for (int k = 0; k < m; k++) {
            if (outcome[k] != Clusterer.Outcome.REFUSED_BY_CONSTRAINT || !ACCEPTED.equals(dec[k])) continue;
            if (bestInside[ea[k]] - w[k] < AMBIGUITY_BITS) ambiguous.set(ea[k]);
            if (bestInside[eb[k]] - w[k] < AMBIGUITY_BITS) ambiguous.set(eb[k]);
        }
        List<Row> out = new ArrayList<>();
        if (!ambiguous.isEmpty()) {
            for (int k = 0; k < m; k++) {
                if (ACCEPTED.equals(dec[k]) && (ambiguous.get(ea[k]) || ambiguous.get(eb[k]))) {
                    dec[k] = Decision.REVIEW.name();
                    out.add(edgeRow("V", es.get(k)));
                }
            }
            // review links no longer link: order and cluster again over what still links
            clusterer = runOnce(keys.size(), ea, eb, dec, outcome, cannotLink, maxSize);
        }
        for (int k = 0; k < m; k++) {
            if (Decision.valueOf(dec[k]).links() && !outcome[k].together()) {
                out.add(edgeRow("X", es.get(k)));
            }
        }
        int[] clusterOf = clusterer.clusters();
        for (int i = 0; i < clusterOf.length; i++) out.add(RowFactory.create("R", keys.get(i), comp + "#" + clusterOf[i], null, null));
        return out.iterator();
    }

    /** A pair whose decision clustering changed, by key and by row. */
    private static Row edgeRow(String kind, Row e) {
        return RowFactory.create(kind, e.getString(1), e.getString(2), e.getLong(3), e.getLong(4));
    }

    /** The local engine's threshold (Linker.AMBIGUITY_BITS). */
    static final double AMBIGUITY_BITS = 5;
    private static final String ACCEPTED = Decision.ACCEPTED.name();

    /** Links (already in the local engine's order) that still link, through a fresh clusterer. */
    private static Clusterer runOnce(int n, int[] ea, int[] eb, String[] dec, Clusterer.Outcome[] outcome,
                                     CannotLink cannotLink, int maxSize) {
        Clusterer c = new Clusterer(n, cannotLink, maxSize);
        for (int k = 0; k < ea.length; k++) {
            if (!Decision.valueOf(dec[k]).links()) {
                outcome[k] = Clusterer.Outcome.REFUSED_BY_CONSTRAINT;
                continue;
            }
            outcome[k] = c.link(ea[k], eb[k], Decision.CLERICAL_MATCH.name().equals(dec[k]));
        }
        return c;
    }

    private static float orderKey(Row e) {
        Decision d = Decision.valueOf(e.getString(6));
        int rank = switch (d) {
            case CLERICAL_MATCH -> 0;
            case DETERMINISTIC -> 1;
            default -> 2;
        };
        return (float) (rank * 100000.0 + (50000.0 - Math.max(-49999, Math.min(49999, e.getDouble(5)))));
    }
}
