package org.jigsaw.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Properties;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.function.FlatMapFunction;

/**
 * Runs on an executor and reports, as text lines, what the cluster gives the job there: its Spark
 * version ({@code spark 4.2.0}), its Scala version ({@code scala 2.13.16}) and every package the
 * job jar bundles that the executor's class loader serves from another jar instead
 * ({@code clash org/apache/commons/lang3 commons-lang3-3.17.0.jar}) — Spark's loader asks the
 * cluster's own jars first, so such a package would run the cluster's version of the library.
 * A named class, not a lambda: on executors without the job jar it fails as a plain missing class.
 */
final class ExecutorProbe implements FlatMapFunction<Iterator<Integer>, String> {

    private final List<String> samples;

    /** @param samples one class file per package the job jar bundles ({@code org/apache/commons/lang3/StringUtils.class}) */
    ExecutorProbe(List<String> samples) {
        this.samples = List.copyOf(samples);
    }

    @Override
    public Iterator<String> call(Iterator<Integer> ignored) {
        List<String> out = new ArrayList<>();
        out.add("spark " + sparkVersion());
        out.add("scala " + scala.util.Properties.versionNumberString());
        String jobJar = "jar:" + ExecutorProbe.class.getProtectionDomain().getCodeSource().getLocation() + "!/";
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        for (String entry : samples) {
            URL u = loader.getResource(entry);
            if (u != null && !u.toString().startsWith(jobJar)) {
                out.add("clash " + entry.substring(0, entry.lastIndexOf('/')) + " " + jarName(u));
            }
        }
        return out.iterator();
    }

    private static String sparkVersion() {
        try (InputStream in = SparkConf.class.getClassLoader().getResourceAsStream("spark-version-info.properties")) {
            if (in == null) return "unknown";
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version", "unknown");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code jar:file:/opt/spark/jars/x.jar!/a/B.class} → {@code x.jar} (the file name only: no host paths in messages). */
    private static String jarName(URL u) {
        String s = u.toString();
        int bang = s.indexOf('!');
        String jar = bang < 0 ? s : s.substring(0, bang);
        return jar.substring(jar.lastIndexOf('/') + 1);
    }
}
