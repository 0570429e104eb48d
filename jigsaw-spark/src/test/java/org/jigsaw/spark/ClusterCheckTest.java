package org.jigsaw.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.apache.spark.SparkConf;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The checks a cluster master gets at session start (SparkClusterTest in jigsaw-cli runs them on a real standalone cluster). */
class ClusterCheckTest {

    private final ClusterCheck check = new ClusterCheck(new BuiltFor("4.2.0", "2.13"));

    @Test
    void theBuildRecordsTheSparkItCompiledAgainst() throws IOException {
        Properties onClassPath = new Properties();
        try (InputStream in = SparkConf.class.getClassLoader().getResourceAsStream("spark-version-info.properties")) {
            onClassPath.load(in);
        }
        BuiltFor b = BuiltFor.load();
        assertThat(b.sparkVersion()).isEqualTo(onClassPath.getProperty("version"));
        assertThat(b.scalaBinaryVersion()).isEqualTo(BuiltFor.featureRelease(scala.util.Properties.versionNumberString()));
    }

    @Test
    void theSameFeatureReleaseRunsAndAnotherIsAClearError() {
        assertThatCode(() -> check.judge(List.of("spark 4.2.0", "scala 2.13.16"))).doesNotThrowAnyException();
        assertThatCode(() -> check.judge(List.of("spark 4.2.1", "scala 2.13.16"))).doesNotThrowAnyException();
        assertThatThrownBy(() -> check.judge(List.of("spark 4.2.0", "spark 4.1.3", "scala 2.13.16")))
                .hasMessageContaining("executors run Spark 4.1.3").hasMessageContaining("built for Spark 4.2.0")
                .hasMessageContaining("-Dspark.version=");
        assertThatThrownBy(() -> check.judge(List.of("spark 4.2.0", "scala 2.12.18")))
                .hasMessageContaining("Scala 2.12.18").hasMessageContaining("(Scala 2.13)");
        assertThat(new BuiltFor("4.2.0", "2.13").sameFeatureRelease("3.5.9")).isFalse();
    }

    @Test
    void aBundledPackageTheClusterAlsoServesIsAClearError() {
        assertThatThrownBy(() -> check.judge(List.of("spark 4.2.0", "scala 2.13.16", "clash org/apache/commons/lang3 commons-lang3-3.17.0.jar")))
                .hasMessageContaining("org/apache/commons/lang3 commons-lang3-3.17.0.jar").hasMessageContaining("Relocate");
    }

    @Test
    void theProbeReportsPackagesAnotherJarServes(@TempDir Path dir) throws Exception {
        Path clusterLib = jar(dir.resolve("cluster-lib.jar"), "com/example/Foo.class");
        ClassLoader before = Thread.currentThread().getContextClassLoader();
        try (URLClassLoader executorLoader = new URLClassLoader(new URL[] {clusterLib.toUri().toURL()}, null)) {
            Thread.currentThread().setContextClassLoader(executorLoader);
            List<String> report = new ArrayList<>();
            new ExecutorProbe(List.of("com/example/Foo.class", "org/other/Bar.class")).call(List.of(0).iterator()).forEachRemaining(report::add);
            assertThat(report).containsExactly("spark " + BuiltFor.load().sparkVersion(),
                    "scala " + scala.util.Properties.versionNumberString(), "clash com/example cluster-lib.jar");
        } finally {
            Thread.currentThread().setContextClassLoader(before);
        }
    }

    @Test
    void samplesOnePerBundledPackageLeavingOutJigsawsOwnAndRelocatedOnes(@TempDir Path dir) throws IOException {
        Path job = jar(dir.resolve("job.jar"), "org/jigsaw/spark/X.class", "org/jigsaw/shaded/jackson/Y.class",
                "META-INF/versions/11/com/z/Z.class", "com/a/B.class", "com/a/C.class", "com/d/E.class", "com/d/notes.txt");
        assertThat(ClusterCheck.samples(job)).containsExactly("com/a/B.class", "com/d/E.class");
    }

    private static Path jar(Path file, String... entries) throws IOException {
        try (OutputStream out = Files.newOutputStream(file); JarOutputStream j = new JarOutputStream(out)) {
            for (String e : entries) {
                j.putNextEntry(new JarEntry(e));
                j.write(new byte[] {1});
                j.closeEntry();
            }
        }
        return file;
    }
}
