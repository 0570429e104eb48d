package org.jigsaw.schedule;

import java.nio.file.Path;
import java.time.Clock;
import org.jigsaw.area.Area;
import org.jigsaw.progress.Progress;
import org.jigsaw.store.FakeArea;
import org.jigsaw.store.Refresh;
import org.jigsaw.store.RefreshSummary;

/**
 * Run in a child JVM by {@link RefreshCrashTest}: a refresh whose progress reporter announces the
 * moment facts start being written and then blocks, so the test can kill the process mid-write.
 */
public final class KillableRefreshMain {
    private KillableRefreshMain() {
    }

    public static void main(String[] args) throws Exception {
        Area area = Area.open(Path.of(args[0]));
        int children = Integer.parseInt(args[1]);
        Progress blockWhileWritingFacts = (name, total) -> new Progress.Task() {
            @Override
            public void stepBy(long n) {
                if (name.equals("write facts")) {
                    System.out.println("WRITING");
                    System.out.flush();
                    try {
                        Thread.sleep(Long.MAX_VALUE);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
            }

            @Override
            public void close() {
            }
        };
        // recorded as jigsaw refresh does, so the kill must show in the refresh log
        RefreshRecorder.record(RefreshLog.of(area.dir()), "manual", Clock.systemUTC(),
                held -> new Refresh(FakeArea.ingest(children, 1), FakeArea.linker()).run(area, blockWhileWritingFacts, held),
                RefreshSummary::runId);
        System.out.println("FINISHED");
    }
}
