package org.jigsaw.cli;

import java.nio.file.Path;
import java.time.Clock;
import org.jigsaw.area.Area;
import org.jigsaw.progress.Progress;
import org.jigsaw.schedule.CronSchedule;
import org.jigsaw.schedule.RefreshLog;
import org.jigsaw.schedule.RefreshScheduler;
import org.jigsaw.store.Refresh;

/** The refresh {@code jigsaw serve --refresh} runs on schedule: the same pipeline as {@code jigsaw refresh}. */
final class ScheduledRefresh {

    private ScheduledRefresh() {
    }

    static RefreshScheduler scheduler(Path area, CronSchedule schedule) {
        // area.yaml and the sources are read afresh on every run, so edits apply without a restart
        return new RefreshScheduler(schedule,
                held -> new Refresh(Stages.ingest(), Stages.link(), Refresh.DEFAULT_KEEP, Clock.systemUTC())
                        .run(Area.open(area), Progress.NONE, held).runId(),
                RefreshLog.of(area), Clock.systemUTC());
    }
}
