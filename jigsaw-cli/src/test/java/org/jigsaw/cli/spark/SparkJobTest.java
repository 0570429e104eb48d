package org.jigsaw.cli.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Starting the engine's launcher: arguments, output, exit codes (a stand-in script; SparkEngineTest runs the real one). */
class SparkJobTest {

    @Test
    void passesTheArgumentsAndKeepsStandardOutput(@TempDir Path dir) throws Exception {
        Path script = script(dir, "echo \"$@\"\nexit 0\n");
        Path stdout = dir.resolve("out.txt");
        new SparkJob(script).run("match", List.of("--input", "r.parquet", "--master", "local[2]"), stdout);
        assertThat(Files.readString(stdout).trim()).isEqualTo("match --input r.parquet --master local[2]");
    }

    @Test
    void aFailedJobIsAClearError(@TempDir Path dir) throws Exception {
        Path script = script(dir, "echo 'Spark said no' >&2\nexit 3\n");
        assertThatThrownBy(() -> new SparkJob(script).run("match", List.of(), dir.resolve("out.txt")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("jigsaw-spark/run match").hasMessageContaining("exit code 3");
        assertThat(new SparkJob(script).passThrough("bench", List.of())).isEqualTo(3);
    }

    @Test
    void findsTheLauncherOfThisSourceTree() {
        Path run = SparkJob.launcher();
        assertThat(run.getFileName().toString()).isEqualTo("run");
        assertThat(run.getParent().getFileName().toString()).isEqualTo("jigsaw-spark");
    }

    /** Needs the shaded job jar of this build, as {@code SparkClusterTest} does ({@code ./run-tests} or {@code verify}). */
    @Test
    void yarnAndKubernetesMastersGoThroughTheClustersSparkSubmitWithTheJobJar(@TempDir Path dir) throws Exception {
        Path home = dir.resolve("spark-home");
        Files.createDirectories(home.resolve("bin"));
        Path submit = home.resolve("bin").resolve("spark-submit");
        Files.writeString(submit, "#!/usr/bin/env bash\necho \"$@\"\n");
        assertThat(submit.toFile().setExecutable(true)).isTrue();
        Path jobJar = SparkJob.launcher().getParent().resolve("target").resolve("jigsaw-spark-job.jar");

        ProcessBuilder pb = new ProcessBuilder(SparkJob.launcher().toString(), "match", "--input", "r.parquet", "--master", "k8s://https://api:6443")
                .redirectErrorStream(true);
        pb.environment().put("SPARK_HOME", home.toString());
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).trim();
        assertThat(p.waitFor()).as(out).isZero();
        assertThat(out).isEqualTo("--master k8s://https://api:6443 --deploy-mode client --class org.jigsaw.spark.SparkMatchJob "
                + jobJar + " --input r.parquet --master k8s://https://api:6443");

        pb.environment().remove("SPARK_HOME");
        pb.command().set(pb.command().size() - 1, "yarn");
        Process none = pb.start();
        String err = new String(none.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(none.waitFor()).isEqualTo(1);
        assertThat(err).contains("--master yarn needs the cluster's Spark distribution: set SPARK_HOME");
    }

    private static Path script(Path dir, String body) throws Exception {
        Path s = dir.resolve("run");
        Files.writeString(s, "#!/usr/bin/env bash\n" + body);
        assertThat(s.toFile().setExecutable(true)).isTrue();
        return s;
    }
}
