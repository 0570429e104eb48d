package org.jigsaw.schedule;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.function.Function;
import org.jigsaw.store.RefreshLock;
import org.jigsaw.store.RefreshLockedException;

/**
 * Runs a refresh and records it in the {@link RefreshLog}, for the scheduler and for
 * {@code jigsaw refresh AREA} alike, so the dashboard's "last refreshed" and {@code /health} see
 * every run.
 *
 * <p>The area's {@link RefreshLock} is taken first and held until the outcome is on disk, and the
 * run is logged as STARTED before the job begins: so a run killed in between leaves a STARTED
 * line with the lock free (read as INTERRUPTED), while one still going holds the lock (RUNNING).
 * A run refused the lock is logged as SKIPPED, which is not a failure.
 */
public final class RefreshRecorder {

    /** The reason logged for a skipped run. */
    public static final String SKIPPED_REASON = "skipped: another refresh was running";

    /** A refresh that runs while the recorder holds the area's refresh lock. */
    @FunctionalInterface
    public interface Job<T> {
        T run(RefreshLock held) throws Exception;
    }

    /**
     * What a recorded run came to.
     *
     * @param result     the job's result (OK only)
     * @param failure    what stopped it, or the {@link RefreshLockedException} that refused it
     * @param unrecorded why the outcome could not be written to the log, if it could not
     */
    public record Run<T>(RefreshOutcome outcome, T result, Throwable failure, RuntimeException unrecorded) {
    }

    private RefreshRecorder() {
    }

    /** Runs {@code job}, logs it, and returns what happened; never throws, even on an {@link Error}. */
    public static <T> Run<T> run(RefreshLog log, String trigger, Clock clock, Job<T> job, Function<T, String> snapshotOf) {
        Instant started = clock.instant();
        RefreshLock lock;
        try {
            lock = RefreshLock.acquire(log.dir());
        } catch (RefreshLockedException busy) {
            return logged(log, new Run<>(new RefreshOutcome(started, clock.instant(), RefreshStatus.SKIPPED, trigger, null,
                    SKIPPED_REASON), null, busy, null));
        } catch (IOException | RuntimeException e) {
            return logged(log, failed(started, clock, trigger, e));
        }
        try {
            Run<T> run;
            try {
                log.append(RefreshOutcome.started(started, trigger));   // before any work, so a kill leaves a trace
                T result = job.run(lock);
                run = new Run<>(new RefreshOutcome(started, clock.instant(), RefreshStatus.OK, trigger,
                        snapshotOf.apply(result), null), result, null, null);
            } catch (Throwable t) { // anything, even an Error: the schedule must outlive one bad run
                run = failed(started, clock, trigger, t);
            }
            return logged(log, run);   // still holding the lock, so no reader takes the run for a dead one
        } finally {
            release(lock);
        }
    }

    /**
     * Runs {@code job} as {@link #run} does, and returns its result or rethrows what stopped it
     * (a {@link RefreshLockedException} when it was skipped).
     */
    public static <T> T record(RefreshLog log, String trigger, Clock clock, Job<T> job, Function<T, String> snapshotOf)
            throws Exception {
        Run<T> run = run(log, trigger, clock, job, snapshotOf);
        if (run.failure() instanceof Exception e) {
            throw e;
        }
        if (run.failure() instanceof Error e) {
            throw e;
        }
        if (run.unrecorded() != null) {
            throw run.unrecorded();
        }
        return run.result();
    }

    private static <T> Run<T> failed(Instant started, Clock clock, String trigger, Throwable t) {
        return new Run<>(new RefreshOutcome(started, clock.instant(), RefreshStatus.FAILED, trigger, null,
                FailureReason.of(t)), null, t, null);
    }

    private static void release(RefreshLock lock) {
        try {
            lock.close();
        } catch (IOException e) {
            // the outcome is logged; the OS frees the lock with the process at the latest
        }
    }

    private static <T> Run<T> logged(RefreshLog log, Run<T> run) {
        try {
            log.append(run.outcome());
            return run;
        } catch (RuntimeException e) {
            return new Run<>(run.outcome(), run.result(), run.failure(), e);
        }
    }
}
