package org.jigsaw.ops;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.jigsaw.schedule.RefreshLog;
import org.jigsaw.schedule.RefreshRecorder;

/**
 * Run in a child JVM by {@link KilledRefreshTest}: a recorded refresh of the area in
 * {@code args[0]} whose job announces WORKING and then blocks until the process is killed or,
 * when given, the file {@code args[1]} appears. It prints the outcome (SKIPPED if another refresh
 * held the lock) when it ends.
 */
public final class HangingRefreshMain {
    private HangingRefreshMain() {
    }

    public static void main(String[] args) {
        RefreshRecorder.Run<String> run = RefreshRecorder.run(RefreshLog.of(Path.of(args[0])), "schedule", Clock.systemUTC(),
                held -> {
                    System.out.println("WORKING");
                    System.out.flush();
                    while (args.length < 2 || !Files.exists(Path.of(args[1]))) {
                        Thread.sleep(20);
                    }
                    return "released";
                }, snapshot -> snapshot);
        System.out.println(run.outcome().status());
    }
}
