package org.jigsaw.schedule;

import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.Callable;

/**
 * Records a refresh that is not run by the scheduler ({@code jigsaw refresh AREA}) in the same
 * log, so the dashboard's "last refreshed" and {@code /health} see every run.
 */
public final class RefreshRecorder {

    private RefreshRecorder() {
    }

    /** Runs {@code job}, appends its outcome, and returns its result or rethrows its failure. */
    public static <T> T record(RefreshLog log, String trigger, Clock clock, Callable<T> job,
                               java.util.function.Function<T, String> snapshotOf) throws Exception {
        Instant started = clock.instant();
        try {
            T result = job.call();
            log.append(new RefreshOutcome(started, clock.instant(), RefreshStatus.OK, trigger, snapshotOf.apply(result), null));
            return result;
        } catch (Exception | Error e) {
            log.append(new RefreshOutcome(started, clock.instant(), RefreshStatus.FAILED, trigger, null, FailureReason.of(e)));
            throw e;
        }
    }
}
