package org.jigsaw.spark;

import java.io.PrintStream;
import java.util.Locale;
import org.jigsaw.progress.Progress;

/**
 * Stage progress as plain lines on standard error ({@code [spark] compare ... done in 12.3 s}):
 * what {@code jigsaw match|refresh --engine spark} passes through from the job's JVM. Stage names
 * and times only, never a record.
 */
public final class StderrProgress implements Progress {

    private final PrintStream err;

    public StderrProgress(PrintStream err) {
        this.err = err;
    }

    @Override
    public Task start(String name, long total) {
        long t0 = System.nanoTime();
        err.println("[spark] " + name + " ...");
        err.flush();
        return new Task() {
            @Override
            public void stepBy(long n) {
            }

            @Override
            public void close() {
                err.printf(Locale.ROOT, "[spark] %s done in %.1f s%n", name, (System.nanoTime() - t0) / 1e9);
                err.flush();
            }
        };
    }
}
