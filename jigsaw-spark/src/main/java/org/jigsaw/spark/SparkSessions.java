package org.jigsaw.spark;

import org.apache.spark.sql.SparkSession;

/**
 * Builds the SparkSession every Jigsaw Spark run uses. For local masters it pins the driver to the
 * loopback interface and switches the UI off: the machines Jigsaw runs on for tests and single-box
 * runs must never open a port on a real interface. On a cluster the cluster's own settings win, and
 * {@link ClusterCheck} verifies first that the cluster can run this job jar.
 */
public final class SparkSessions {

    private SparkSessions() {
    }

    /** A session for {@code master} ({@code local[2]}, {@code spark://…}, {@code yarn}, {@code k8s://…}), or the submitted one when null. */
    public static SparkSession create(String master, String appName) {
        SparkSession.Builder b = SparkSession.builder().appName(appName);
        if (master != null && !master.isBlank()) {
            b.master(master);
        }
        boolean local = master == null || master.isBlank() ? isLocalSubmit() : master.startsWith("local");
        if (local) {
            b.config("spark.driver.host", "127.0.0.1")
                    .config("spark.driver.bindAddress", "127.0.0.1")
                    .config("spark.ui.enabled", "false")
                    .config("spark.ui.showConsoleProgress", "false")
                    // a laptop's default of 200 shuffle partitions is pure overhead for small areas
                    .config("spark.sql.shuffle.partitions", String.valueOf(Math.max(4, 2 * Runtime.getRuntime().availableProcessors())));
        }
        b.config("spark.sql.adaptive.enabled", "true")
                .config("spark.serializer", "org.apache.spark.serializer.KryoSerializer");
        SparkSession s = b.getOrCreate();
        if (!local) {
            // on a cluster, fail now and clearly if its Spark or class path cannot run this jar
            try {
                new ClusterCheck(BuiltFor.load()).verify(s);
            } catch (RuntimeException e) {
                s.stop();
                throw e;
            }
        }
        return s;
    }

    private static boolean isLocalSubmit() {
        String m = System.getProperty("spark.master", "");
        return m.isEmpty() || m.startsWith("local");
    }
}
