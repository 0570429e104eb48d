package org.jigsaw.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.assertj.core.data.Offset;
import org.jigsaw.cli.spark.SparkJob;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --engine spark --master spark://…} on a real standalone cluster: a Master and a Worker on
 * 127.0.0.1 started from the build's Spark jars ({@link StandaloneSparkCluster}), executors in
 * their own JVMs that get Jigsaw only from the job jar {@code jigsaw-spark/run} ships. Needs the
 * shaded job jar of this build ({@code ./run-tests}, or {@code verify}/{@code package} of
 * jigsaw-spark before the test).
 */
class SparkClusterTest {

    private static StandaloneSparkCluster cluster;

    @BeforeAll
    static void startCluster() throws Exception {
        Path sparkTarget = SparkJob.launcher().getParent().resolve("target");
        Path home = Files.createTempDirectory(Path.of("target"), "spark-standalone-");
        // 2 cores: the machine's, shared; one Worker with them all keeps the executor count at one
        cluster = StandaloneSparkCluster.start(sparkTarget, home.toAbsolutePath(), 2);
    }

    @AfterAll
    static void stopCluster() {
        if (cluster != null) cluster.close();
    }

    @Test
    void matchOnAStandaloneClusterWritesTheLocalEnginesLinks(@TempDir Path dir) throws Exception {
        assumeThat(Files.isRegularFile(SparkEngineTest.FEBRL.resolve("dataset4a.csv"))).as("FEBRL4 data present").isTrue();
        Path a = SparkEngineTest.subset(SparkEngineTest.FEBRL.resolve("dataset4a.csv"), dir.resolve("a.csv"));
        Path b = SparkEngineTest.subset(SparkEngineTest.FEBRL.resolve("dataset4b.csv"), dir.resolve("b.csv"));

        SparkEngineTest.run("match", a.toString(), b.toString(), "--id", "rec_id", "--map", SparkEngineTest.FEBRL_MAP,
                "--truth-from-id", "--no-twins-rule", "--out", dir.resolve("local.csv").toString());
        SparkEngineTest.run("match", a.toString(), b.toString(), "--id", "rec_id", "--map", SparkEngineTest.FEBRL_MAP,
                "--truth-from-id", "--no-twins-rule", "--engine", "spark", "--master", cluster.masterUrl(), "--out", dir.resolve("cluster.csv").toString());

        Map<String, Double> local = SparkEngineTest.links(dir.resolve("local.csv")), onCluster = SparkEngineTest.links(dir.resolve("cluster.csv"));
        assertThat(local).hasSizeGreaterThan(900);
        assertThat(onCluster.keySet()).isEqualTo(local.keySet());
        local.forEach((pair, w) -> assertThat(onCluster.get(pair)).as(pair).isCloseTo(w, Offset.offset(1e-3)));
        // same links, same weights, so the same F1 (the JSON report is not read: see SparkEngineTest)
        // the work ran in the Worker's executors, which got the job only as the shipped jar
        assertThat(cluster.shippedJars()).contains("jigsaw-spark-job.jar");
    }

    @Test
    void refreshOnAStandaloneClusterGivesTheLocalEnginesPersons(@TempDir Path tmp) throws Exception {
        Path localArea = tmp.resolve("local"), clusterArea = tmp.resolve("cluster");
        AcceptanceArea.synth(localArea, 200, 11, 0);
        AcceptanceArea.synth(clusterArea, 200, 11, 0);
        long appsBefore = cluster.shippedJars().size();

        SparkEngineTest.run("refresh", localArea.toString());
        SparkEngineTest.run("refresh", clusterArea.toString(), "--engine", "spark", "--master", cluster.masterUrl());

        Map<String, String> local = AcceptanceArea.personOfRecord(localArea), onCluster = AcceptanceArea.personOfRecord(clusterArea);
        assertThat(onCluster.keySet()).isEqualTo(local.keySet()).hasSizeGreaterThan(100);
        assertThat(SparkEngineTest.partition(onCluster)).isEqualTo(SparkEngineTest.partition(local));
        assertThat(Set.copyOf(onCluster.values()).size()).isLessThan(onCluster.size());
        assertThat(cluster.shippedJars()).as("a new application's executor got the job jar").hasSizeGreaterThan((int) appsBefore);
    }
}
