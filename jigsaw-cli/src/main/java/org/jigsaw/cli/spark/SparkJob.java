package org.jigsaw.cli.spark;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The Spark engine's launcher, {@code jigsaw-spark/run}, started as a separate JVM with its own
 * class path so Spark never sits on the distribution's. Its standard error (stage progress,
 * Spark's warnings) passes through to ours.
 */
public final class SparkJob {

    private final Path launcher;

    public SparkJob(Path launcher) {
        this.launcher = launcher;
    }

    /** The launcher in the source tree this distribution was built from. */
    public static SparkJob find() {
        return new SparkJob(launcher());
    }

    /**
     * Runs {@code run ACTION ARGS…}; its standard output goes to {@code stdout} (a file), its
     * standard error to ours.
     *
     * @throws IllegalStateException when the job exits non-zero
     */
    public void run(String action, List<String> args, Path stdout) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command(action, args))
                .redirectOutput(stdout.toFile())
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        int code = waitFor(p);
        if (code != 0) {
            throw new IllegalStateException("the Spark job (jigsaw-spark/run " + action + ") failed with exit code " + code
                    + "; its messages are above");
        }
    }

    /** Runs {@code run ACTION ARGS…} on our standard streams and returns its exit code. */
    public int passThrough(String action, List<String> args) throws IOException, InterruptedException {
        return waitFor(new ProcessBuilder(command(action, args)).inheritIO().start());
    }

    private List<String> command(String action, List<String> args) {
        List<String> cmd = new ArrayList<>(List.of(launcher.toString(), action));
        cmd.addAll(args);
        return cmd;
    }

    private static int waitFor(Process p) throws InterruptedException {
        try {
            return p.waitFor();
        } catch (InterruptedException e) {
            // Ctrl-C or a cancelled refresh: the Spark JVM must not keep running on its own
            p.descendants().forEach(ProcessHandle::destroy);
            p.destroy();
            throw e;
        }
    }

    /** {@code jigsaw-spark/run} above this class's jar ({@code jigsaw-cli/target/jigsaw-cli.jar} or {@code target/classes}). */
    public static Path launcher() {
        Path jar;
        try {
            jar = Path.of(SparkJob.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot tell where the distribution is installed: " + e.getMessage(), e);
        }
        for (Path d = jar.getParent(); d != null; d = d.getParent()) {
            Path run = d.resolve("jigsaw-spark").resolve("run");
            if (Files.isExecutable(run)) return run;
        }
        throw new IllegalStateException("jigsaw-spark/run not found above " + jar.getParent() + File.separator
                + "; run the Spark job with spark-submit (docs/spark.md)");
    }
}
