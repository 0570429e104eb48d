package org.jigsaw.store;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** The {@code run} row of a snapshot; {@code detail} is JSON (timings, counts, linkage metrics). */
public record RunInfo(String runId, String areaName, LocalDate referenceDate, LocalDateTime startedAt,
                      LocalDateTime finishedAt, String jigsawVersion, String status, String detail) {
}
