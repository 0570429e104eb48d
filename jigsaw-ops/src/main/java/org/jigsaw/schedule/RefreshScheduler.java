package org.jigsaw.schedule;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a {@link RefreshJob} at the times of a {@link CronSchedule} on one daemon thread, and
 * records every outcome in the {@link RefreshLog}.
 *
 * <p>Runs never overlap: scheduled and manual runs share the one thread, and the next time is
 * computed when a run finishes, so a run that overruns its slot skips the missed slot instead of
 * queueing a burst. A failing run is logged and the schedule carries on; the job itself guarantees
 * that the previous snapshot stays current. Runs are recorded by {@link RefreshRecorder}, so one
 * refused because another process is refreshing the area is SKIPPED, not failed.
 */
public final class RefreshScheduler implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(RefreshScheduler.class);

    private final CronSchedule schedule;
    private final RefreshJob job;
    private final RefreshLog log;
    private final Clock clock;
    private final ScheduledThreadPoolExecutor executor;
    private final AtomicBoolean running = new AtomicBoolean();
    private volatile Instant nextRun;
    private volatile ScheduledFuture<?> pending;

    public RefreshScheduler(CronSchedule schedule, RefreshJob job, RefreshLog log, Clock clock) {
        this.schedule = schedule;
        this.job = job;
        this.log = log;
        this.clock = clock;
        this.executor = new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, "jigsaw-refresh");
            t.setDaemon(true);
            return t;
        });
        executor.setRemoveOnCancelPolicy(true);
    }

    /** Starts the schedule; returns the first run time. */
    public synchronized Instant start() {
        if (pending != null) {
            throw new IllegalStateException("the refresh schedule is already started");
        }
        return scheduleNext();
    }

    private synchronized Instant scheduleNext() {
        if (executor.isShutdown()) {
            return null;
        }
        Instant now = clock.instant();
        Instant next = schedule.nextAfter(now);
        nextRun = next;
        long delay = Math.max(0, Duration.between(now, next).toMillis());
        pending = executor.schedule(() -> {
            runAndRecord("schedule");
            scheduleNext();
        }, delay, TimeUnit.MILLISECONDS);
        LOG.info("next refresh at {} ({})", next.atZone(schedule.zone()).toLocalDateTime(), schedule.describe());
        return next;
    }

    /** Queues a run now (after any run in progress); the future completes with its outcome. */
    public Future<RefreshOutcome> runNow(String trigger) {
        CompletableFuture<RefreshOutcome> result = new CompletableFuture<>();
        executor.execute(() -> result.complete(runAndRecord(trigger)));
        return result;
    }

    private RefreshOutcome runAndRecord(String trigger) {
        running.set(true);
        RefreshRecorder.Run<String> run;
        try {
            run = RefreshRecorder.run(log, trigger, clock, job::run, snapshot -> snapshot);
        } finally {
            running.set(false);
        }
        RefreshOutcome outcome = run.outcome();
        switch (outcome.status()) {
            case OK -> LOG.info("refresh ({}) finished in {} s: snapshot {}", trigger, outcome.duration().toSeconds(),
                    outcome.snapshot());
            case SKIPPED -> LOG.info("refresh ({}) skipped: another refresh of the area is running", trigger);
            default -> LOG.warn("refresh ({}) failed; the previous snapshot is still current: {}", trigger, outcome.reason());
        }
        if (run.unrecorded() != null) {
            LOG.error("could not record the refresh outcome: {}", run.unrecorded().getMessage());
        }
        return outcome;
    }

    public Optional<Instant> nextRun() {
        return Optional.ofNullable(nextRun);
    }

    public boolean isRunning() {
        return running.get();
    }

    public CronSchedule schedule() {
        return schedule;
    }

    public RefreshLog log() {
        return log;
    }

    /** Stops scheduling; a run in progress is interrupted. */
    @Override
    public synchronized void close() {
        executor.shutdownNow();
        nextRun = null;
    }
}
