package org.jigsaw.cli;

import java.io.PrintStream;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.jigsaw.progress.Progress;

/** A progress bar on a terminal; one log line at start and end otherwise (CI, pipes, cron). */
public final class ConsoleProgress implements Progress {
    private final boolean terminal;
    private final PrintStream log;

    public ConsoleProgress(PrintStream log) {
        this(System.console() != null, log);
    }

    ConsoleProgress(boolean terminal, PrintStream log) {
        this.terminal = terminal;
        this.log = log;
    }

    @Override
    public Task start(String name, long total) {
        if (terminal) {
            ProgressBar bar = new ProgressBarBuilder().setTaskName(name).setInitialMax(total)
                    .setStyle(ProgressBarStyle.ASCII).setConsumer(new me.tongfei.progressbar.ConsoleProgressBarConsumer(System.err))
                    .build();
            return new Task() {
                @Override
                public void stepBy(long n) {
                    bar.stepBy(n);
                }

                @Override
                public void close() {
                    bar.close();
                }
            };
        }
        long t0 = System.nanoTime();
        log.printf("[jigsaw] %s ...%n", name);
        return new Task() {
            private long done;

            @Override
            public void stepBy(long n) {
                done += n;
            }

            @Override
            public void close() {
                log.printf("[jigsaw] %s done: %,d in %.1f s%n", name, done, (System.nanoTime() - t0) / 1e9);
            }
        };
    }
}
