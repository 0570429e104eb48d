package org.jigsaw.cli;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A real Spark standalone cluster on this machine for tests: one Master and one Worker as child
 * JVMs on 127.0.0.1 with random ports, started from the Spark jars the build resolved (no Spark
 * download). Their SPARK_HOME is laid out under {@code target/}: {@code jars/} links every jar the
 * Spark engine's driver runs with except Jigsaw's own, so the executors the Worker starts get the
 * job's classes only from the job jar the driver ships, as on a real cluster. Closing stops the
 * Worker (and the executors it started) and the Master; a shutdown hook does it if the test JVM
 * is stopped first.
 */
final class StandaloneSparkCluster implements AutoCloseable {

    private static final Pattern MASTER_URL = Pattern.compile("Starting Spark master at (spark://127\\.0\\.0\\.1:\\d+)");
    private static final Duration START = Duration.ofSeconds(90);

    private final Path home;
    private final List<Process> processes = new ArrayList<>();
    private final Thread hook = new Thread(this::stopAll, "stop-spark-standalone");
    private String masterUrl;

    private StandaloneSparkCluster(Path home) {
        this.home = home;
    }

    /**
     * @param sparkTarget {@code jigsaw-spark/target} of this source tree (its class path files)
     * @param home        an empty folder for SPARK_HOME, logs and the Worker's work dir
     * @param cores       cores the Worker offers (executors use them all)
     */
    static StandaloneSparkCluster start(Path sparkTarget, Path home, int cores) throws IOException, InterruptedException {
        StandaloneSparkCluster c = new StandaloneSparkCluster(home);
        Runtime.getRuntime().addShutdownHook(c.hook);
        try {
            c.layOut(sparkTarget);
            Process master = c.spawn("master", "org.apache.spark.deploy.master.Master",
                    "--host", "127.0.0.1", "--port", "0", "--webui-port", "0");
            Matcher m = c.await("master", master, MASTER_URL);
            c.masterUrl = m.group(1);
            c.await("master", master, Pattern.compile("I have been elected leader"));
            Process worker = c.spawn("worker", "org.apache.spark.deploy.worker.Worker",
                    "--host", "127.0.0.1", "--port", "0", "--webui-port", "0", "--cores", String.valueOf(cores),
                    "--memory", "1g", "--work-dir", c.workDir().toString(), c.masterUrl);
            c.await("worker", worker, Pattern.compile("Successfully registered with master"));
            return c;
        } catch (IOException | InterruptedException | RuntimeException | AssertionError e) {
            c.close();
            throw e;
        }
    }

    /** {@code spark://127.0.0.1:PORT} */
    String masterUrl() {
        return masterUrl;
    }

    /** The Worker's work dir: one {@code app-…/N/} folder per application's executor, with the jars it was shipped. */
    Path workDir() {
        return home.resolve("work");
    }

    /** The jars the Worker's executors were shipped, by file name, over every application so far. */
    List<String> shippedJars() throws IOException {
        if (!Files.isDirectory(workDir())) return List.of();
        try (Stream<Path> s = Files.walk(workDir(), 3)) {
            return s.filter(p -> p.toString().endsWith(".jar")).map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private void layOut(Path sparkTarget) throws IOException {
        Path jars = Files.createDirectories(home.resolve("jars"));
        Files.createDirectories(workDir());
        Files.createDirectories(home.resolve("local"));
        Path project = sparkTarget.toAbsolutePath().getParent().getParent();
        Set<String> entries = new LinkedHashSet<>();
        for (String f : List.of("classpath.txt", "runtime-classpath.txt")) {
            entries.addAll(List.of(Files.readString(sparkTarget.resolve(f)).trim().split(java.io.File.pathSeparator)));
        }
        for (String e : entries) {
            Path jar = Path.of(e).toAbsolutePath();
            // Jigsaw's own modules stay out: the cluster must get the job's code from the shipped jar
            if (jar.startsWith(project) || !Files.isRegularFile(jar)) continue;
            Path link = jars.resolve(jar.getFileName());
            if (!Files.exists(link, java.nio.file.LinkOption.NOFOLLOW_LINKS)) Files.createSymbolicLink(link, jar);
        }
    }

    private Process spawn(String name, String mainClass, String... args) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m"));
        // the module openings this test JVM got from surefire are Spark's list
        ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(a -> a.startsWith("--add-opens") || a.equals("-XX:+IgnoreUnrecognizedVMOptions")
                        || a.startsWith("-Djdk.reflect") || a.startsWith("-Dio.netty"))
                .forEach(cmd::add);
        // no REST submission server: it would take the fixed port 6066
        cmd.addAll(List.of("-Dspark.master.rest.enabled=false", "-cp", home.resolve("jars") + "/*", mainClass));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(home.resolve(name + ".log").toFile());
        pb.environment().put("SPARK_HOME", home.toString());
        pb.environment().put("SPARK_SCALA_VERSION", "2.13");
        pb.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
        pb.environment().put("SPARK_LOCAL_DIRS", home.resolve("local").toString());
        Process p = pb.start();
        processes.add(p);
        return p;
    }

    /** Waits until the process's log matches, failing with the log's end if it exits or takes too long. */
    private Matcher await(String name, Process p, Pattern line) throws IOException, InterruptedException {
        Path log = home.resolve(name + ".log");
        Instant deadline = Instant.now().plus(START);
        while (Instant.now().isBefore(deadline)) {
            Matcher m = line.matcher(Files.exists(log) ? Files.readString(log) : "");
            if (m.find()) return m;
            if (!p.isAlive()) break;
            Thread.sleep(250);
        }
        String text = Files.exists(log) ? Files.readString(log) : "";
        throw new AssertionError("the Spark " + name + " did not log '" + line.pattern() + "' (alive: " + p.isAlive() + "); its log ends:\n"
                + text.substring(Math.max(0, text.length() - 3000)));
    }

    @Override
    public void close() {
        stopAll();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // the hook is running or has run: nothing left to remove
        }
    }

    /** Worker first (it takes its executors down), then the Master; executors are killed too if they outlive it. */
    private synchronized void stopAll() {
        for (int i = processes.size() - 1; i >= 0; i--) {
            Process p = processes.get(i);
            List<ProcessHandle> children = p.descendants().toList();
            p.destroy();
            try {
                if (!p.waitFor(20, TimeUnit.SECONDS)) p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                p.destroyForcibly();
                Thread.currentThread().interrupt();
            }
            children.forEach(ProcessHandle::destroyForcibly);
        }
        processes.clear();
    }
}
