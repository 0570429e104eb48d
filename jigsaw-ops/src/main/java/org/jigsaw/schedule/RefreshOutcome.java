package org.jigsaw.schedule;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Duration;
import java.time.Instant;

/**
 * One line of the refresh log, or one run as a reader sees it.
 *
 * @param finishedAt null for a run that has not finished (STARTED, RUNNING, INTERRUPTED)
 * @param trigger    {@code schedule}, {@code manual} or {@code startup}
 * @param snapshot   the snapshot made current (OK only)
 * @param reason     why it failed or was skipped: a message that names files and stages, never people
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RefreshOutcome(
        @JsonProperty("started_at") Instant startedAt,
        @JsonProperty("finished_at") Instant finishedAt,
        RefreshStatus status,
        String trigger,
        String snapshot,
        String reason) {

    static final String INTERRUPTED_REASON = "the refresh did not finish: its process stopped (killed, out of memory "
            + "or power loss) before recording an outcome";

    /** The line a run writes before it starts work. */
    public static RefreshOutcome started(Instant at, String trigger) {
        return new RefreshOutcome(at, null, RefreshStatus.STARTED, trigger, null, null);
    }

    /** null while the run has not finished */
    public Duration duration() {
        return finishedAt == null ? null : Duration.between(startedAt, finishedAt);
    }

    public boolean ok() {
        return status == RefreshStatus.OK;
    }

    /** This STARTED line as a run with no outcome: still RUNNING or INTERRUPTED. */
    RefreshOutcome unfinished(boolean stillRunning) {
        return stillRunning ? new RefreshOutcome(startedAt, null, RefreshStatus.RUNNING, trigger, null, null)
                : new RefreshOutcome(startedAt, null, RefreshStatus.INTERRUPTED, trigger, null, INTERRUPTED_REASON);
    }

    /** Whether {@code outcome} is how this STARTED line's run ended (a skipped run never started). */
    boolean endedBy(RefreshOutcome outcome) {
        return (outcome.status == RefreshStatus.OK || outcome.status == RefreshStatus.FAILED)
                && startedAt.equals(outcome.startedAt) && java.util.Objects.equals(trigger, outcome.trigger);
    }
}
