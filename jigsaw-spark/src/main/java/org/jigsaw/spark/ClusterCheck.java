package org.jigsaw.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.stream.IntStream;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;

/**
 * Checks, when a session starts on a cluster master, that the cluster can run this job: the
 * driver's Spark is the feature release the jar was built for, the job's classes reach the
 * executors (the job jar is shipped), the executors run that Spark and Scala too, and no library
 * the jar bundles is served to them from the cluster's own jars instead (its shading holds
 * against that cluster). Each failure is one clear error instead of a {@code ClassCastException}
 * or {@code NoSuchMethodError} deep inside the first stage.
 */
final class ClusterCheck {

    private final BuiltFor builtFor;

    ClusterCheck(BuiltFor builtFor) {
        this.builtFor = builtFor;
    }

    void verify(SparkSession spark) {
        if (!builtFor.sameFeatureRelease(spark.version())) {
            throw new IllegalStateException(mismatch("the driver runs Spark " + spark.version()));
        }
        Path jar = jobJar();
        List<String> report;
        try {
            JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
            int slices = Math.max(2, sc.defaultParallelism());
            report = sc.parallelize(IntStream.range(0, slices).boxed().toList(), slices)
                    .mapPartitions(new ExecutorProbe(samples(jar))).distinct().collect();
        } catch (Exception e) {
            throw new IllegalStateException("the executors cannot run the job's classes (" + firstLine(e) + "). The job jar "
                    + "must reach them: jigsaw-spark/run ships target/jigsaw-spark-job.jar as spark.jars for a non-local "
                    + "master; with spark-submit give that jar as the application jar. If it was shipped, the cluster's "
                    + "Spark is probably not " + builtFor.sparkVersion() + " (Scala " + builtFor.scalaBinaryVersion() + ")", e);
        }
        judge(report);
    }

    /** Fails on another Spark feature release or Scala on any executor, or on a clash; warns on another patch release. */
    void judge(List<String> report) {
        Map<String, TreeSet<String>> byKind = new TreeMap<>();
        for (String line : report) {
            int sp = line.indexOf(' ');
            byKind.computeIfAbsent(line.substring(0, sp), k -> new TreeSet<>()).add(line.substring(sp + 1));
        }
        for (String v : byKind.getOrDefault("spark", new TreeSet<>())) {
            if (!builtFor.sameFeatureRelease(v)) throw new IllegalStateException(mismatch("the cluster's executors run Spark " + v));
            if (!v.equals(builtFor.sparkVersion())) {
                System.err.println("[spark] the cluster runs Spark " + v + ", the job was built for " + builtFor.sparkVersion()
                        + " (same feature release: compatible)");
            }
        }
        for (String v : byKind.getOrDefault("scala", new TreeSet<>())) {
            if (!BuiltFor.featureRelease(v).equals(builtFor.scalaBinaryVersion())) {
                throw new IllegalStateException(mismatch("the cluster's executors run Scala " + v));
            }
        }
        TreeSet<String> clashes = byKind.getOrDefault("clash", new TreeSet<>());
        if (!clashes.isEmpty()) {
            throw new IllegalStateException("the cluster's own jars serve packages the job jar bundles, so the executors would run "
                    + "the cluster's versions of them: " + String.join("; ", clashes)
                    + ". Relocate them in jigsaw-spark/pom.xml (maven-shade-plugin relocations) and rebuild");
        }
    }

    private String mismatch(String what) {
        return what + ", but this job was built for Spark " + builtFor.sparkVersion() + " (Scala " + builtFor.scalaBinaryVersion()
                + "). Use a cluster on Spark " + BuiltFor.featureRelease(builtFor.sparkVersion()) + ".x, or rebuild the job "
                + "for the cluster's version: ./mvnw -DskipTests package -pl jigsaw-spark -am -Dspark.version=VERSION";
    }

    /** The jar the job's classes come from; a class folder cannot be shipped to executors. */
    private static Path jobJar() {
        Path p;
        try {
            p = Path.of(ClusterCheck.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot tell where the job's classes come from: " + e.getMessage(), e);
        }
        if (!Files.isRegularFile(p)) {
            throw new IllegalStateException("on a cluster master the job must run from its shaded jar (jigsaw-spark/target/"
                    + "jigsaw-spark-job.jar: ./mvnw -DskipTests package -pl jigsaw-spark -am), not from a class folder, "
                    + "so that its classes can be shipped to the executors");
        }
        return p;
    }

    /** One class file per package the jar bundles from other libraries (Jigsaw's own and relocated ones excluded). */
    static List<String> samples(Path jar) {
        Map<String, String> byPackage = new TreeMap<>();
        try (JarFile j = new JarFile(jar.toFile())) {
            j.stream().map(e -> e.getName())
                    .filter(n -> n.endsWith(".class") && n.contains("/") && !n.startsWith("org/jigsaw/") && !n.startsWith("META-INF/"))
                    .forEach(n -> byPackage.putIfAbsent(n.substring(0, n.lastIndexOf('/')), n));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the job jar " + jar.getFileName() + ": " + e.getMessage(), e);
        }
        return Collections.unmodifiableList(new ArrayList<>(byPackage.values()));
    }

    private static String firstLine(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) root = root.getCause();
        String m = String.valueOf(root.getMessage());
        int nl = m.indexOf('\n');
        return root.getClass().getSimpleName() + ": " + (nl < 0 ? m : m.substring(0, nl));
    }
}
