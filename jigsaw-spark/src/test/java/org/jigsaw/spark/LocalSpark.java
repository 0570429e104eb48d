package org.jigsaw.spark;

import org.apache.spark.sql.SparkSession;

/**
 * The test harness's one SparkSession ({@code local[2]}, loopback only, no UI). Surefire runs the
 * module's test classes in one JVM, so they share it and pay the session start once.
 */
final class LocalSpark {

    private LocalSpark() {
    }

    static SparkSession session() {
        SparkSession s = SparkSessions.create("local[2]", "jigsaw-spark-tests");
        s.sparkContext().setLogLevel("WARN");
        return s;
    }
}
