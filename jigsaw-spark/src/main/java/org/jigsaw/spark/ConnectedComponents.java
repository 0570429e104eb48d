package org.jigsaw.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.greatest;
import static org.apache.spark.sql.functions.least;
import static org.apache.spark.sql.functions.min;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Connected components of an undirected graph by alternating large-star and small-star rounds
 * (Kiveris et al., "Connected Components in MapReduce and Beyond", SoCC 2014): O(log² n) rounds
 * whatever the graph's diameter, so a long chain of links costs no more rounds than a star. Edges
 * are kept oriented {@code (hi, lo)} with {@code hi > lo}; when every edge points at a node that is
 * never a {@code hi} and every {@code hi} has one edge, the graph is a forest of stars centred on
 * each component's smallest node, which becomes its label.
 *
 * @param maxRounds guard against a bug looping forever; far above what any real graph needs
 */
public record ConnectedComponents(int maxRounds) {

    public static ConnectedComponents defaults() {
        return new ConnectedComponents(100);
    }

    /**
     * @param edges columns {@code a}, {@code b}: node ids of one comparable type (input rows, record keys)
     * @return {@code (node, component)} for every node that has an edge; the component id is the
     *         component's smallest node id
     */
    public Result run(Dataset<Row> edges) {
        Dataset<Row> e = orient(edges.select(col("a"), col("b"))).localCheckpoint(true);
        int rounds = 0;
        while (!isStarForest(e)) {
            if (++rounds > maxRounds) {
                throw new IllegalStateException("connected components did not converge in " + maxRounds + " rounds");
            }
            Dataset<Row> next = smallStar(largeStar(e)).localCheckpoint(true);
            e = next;
        }
        Dataset<Row> labels = e.select(col("hi").as("node"), col("lo").as("component"))
                .union(e.select(col("lo").as("node"), col("lo").as("component")))
                .distinct();
        return new Result(labels, rounds);
    }

    /** Labels and the number of large-star/small-star rounds it took. */
    public record Result(Dataset<Row> labels, int rounds) {
    }

    private static Dataset<Row> orient(Dataset<Row> ab) {
        return ab.where(col("a").notEqual(col("b")))
                .select(greatest(col("a"), col("b")).as("hi"), least(col("a"), col("b")).as("lo"))
                .distinct();
    }

    /** Each node's smallest neighbour, itself included. */
    private static Dataset<Row> minNeighbour(Dataset<Row> e) {
        return e.select(col("hi").as("node"), col("lo").as("nb"))
                .union(e.select(col("lo").as("node"), col("hi").as("nb")))
                .groupBy("node").agg(min("nb").as("m"))
                .select(col("node"), least(col("node"), col("m")).as("m"));
    }

    /** For every edge {u &lt; v}: link v to the smallest neighbour of u. */
    private static Dataset<Row> largeStar(Dataset<Row> e) {
        Dataset<Row> m = minNeighbour(e);
        return e.join(m, e.col("lo").equalTo(m.col("node")))
                .select(col("hi").as("a"), col("m").as("b"))
                .transform(ConnectedComponents::orient);
    }

    /** For every node u: link u and its smaller neighbours to the smallest of them. */
    private static Dataset<Row> smallStar(Dataset<Row> e) {
        Dataset<Row> m = e.groupBy(col("hi").as("node")).agg(min("lo").as("m"));
        Dataset<Row> joined = e.join(m, e.col("hi").equalTo(m.col("node")));
        return joined.select(col("lo").as("a"), col("m").as("b"))
                .union(joined.select(col("hi").as("a"), col("m").as("b")))
                .transform(ConnectedComponents::orient);
    }

    /** One job: is there a centre that is also a leaf, or a leaf with two centres? */
    private static boolean isStarForest(Dataset<Row> e) {
        Dataset<Row> his = e.select(col("hi").as("h"));
        Dataset<Row> centreIsLeaf = e.join(his, e.col("lo").equalTo(his.col("h")), "left_semi").select(col("lo").as("bad"));
        Dataset<Row> twoCentres = e.groupBy("hi").count().where(col("count").gt(1)).select(col("hi").as("bad"));
        return centreIsLeaf.union(twoCentres).isEmpty();
    }
}
