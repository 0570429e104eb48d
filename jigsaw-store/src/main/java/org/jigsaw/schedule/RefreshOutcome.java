package org.jigsaw.schedule;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Duration;
import java.time.Instant;

/**
 * One line of the refresh log.
 *
 * @param trigger  {@code schedule}, {@code manual} or {@code startup}
 * @param snapshot the snapshot made current (OK only)
 * @param reason   why it failed: an error message that names files and stages, never people
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RefreshOutcome(
        @JsonProperty("started_at") Instant startedAt,
        @JsonProperty("finished_at") Instant finishedAt,
        RefreshStatus status,
        String trigger,
        String snapshot,
        String reason) {

    public Duration duration() {
        return Duration.between(startedAt, finishedAt);
    }

    public boolean ok() {
        return status == RefreshStatus.OK;
    }
}
