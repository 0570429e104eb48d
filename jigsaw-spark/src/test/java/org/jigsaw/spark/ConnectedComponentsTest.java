package org.jigsaw.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

class ConnectedComponentsTest {

    private static final StructType EDGES = new StructType().add("a", DataTypes.StringType).add("b", DataTypes.StringType);

    private static Map<String, String> unionFind(List<String[]> edges) {
        Map<String, String> parent = new HashMap<>();
        for (String[] e : edges) {
            parent.putIfAbsent(e[0], e[0]);
            parent.putIfAbsent(e[1], e[1]);
        }
        for (String[] e : edges) {
            String ra = find(parent, e[0]), rb = find(parent, e[1]);
            if (!ra.equals(rb)) {
                // the smaller id becomes the root, so roots are each component's minimum
                if (ra.compareTo(rb) < 0) parent.put(rb, ra); else parent.put(ra, rb);
            }
        }
        Map<String, String> out = new HashMap<>();
        for (String n : parent.keySet()) out.put(n, find(parent, n));
        return out;
    }

    private static String find(Map<String, String> p, String x) {
        while (!p.get(x).equals(x)) x = p.get(x);
        return x;
    }

    private static Map<String, String> spark(List<String[]> edges) {
        SparkSession spark = LocalSpark.session();
        List<Row> rows = new ArrayList<>();
        for (String[] e : edges) rows.add(RowFactory.create(e[0], e[1]));
        ConnectedComponents.Result res = ConnectedComponents.defaults().run(spark.createDataFrame(rows, EDGES));
        Map<String, String> out = new HashMap<>();
        for (Row r : res.labels().collectAsList()) {
            assertThat(out.put(r.getString(0), r.getString(1))).as("one label per node").isNull();
        }
        return out;
    }

    @Test
    void randomForestOfPersonsMatchesUnionFind() {
        Random rnd = new Random(7);
        List<String[]> edges = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            // mostly short chains (persons), some random long-range links that merge them
            int a = rnd.nextInt(2500), b = rnd.nextInt(40) == 0 ? rnd.nextInt(2500) : a + 1 + rnd.nextInt(2);
            if (a != b) edges.add(new String[] {"r" + a, "r" + b});
        }
        assertThat(spark(edges)).isEqualTo(unionFind(edges));
    }

    @Test
    void aLongChainConvergesToOneComponent() {
        List<String[]> edges = new ArrayList<>();
        // shuffled ids along a path of 400 nodes: label propagation would need 400 rounds
        List<Integer> ids = new ArrayList<>();
        for (int i = 0; i < 400; i++) ids.add(i);
        java.util.Collections.shuffle(ids, new Random(3));
        for (int i = 1; i < ids.size(); i++) {
            edges.add(new String[] {String.format("n%04d", ids.get(i - 1)), String.format("n%04d", ids.get(i))});
        }
        Map<String, String> labels = spark(edges);
        assertThat(labels).hasSize(400);
        assertThat(labels.values()).containsOnly("n0000");
    }
}
