package org.jigsaw.ops;

import java.time.LocalDate;

/**
 * One source in the current snapshot.
 *
 * @param extractAgeDays days from the extract date to the snapshot's reference date; null if the
 *                       source gave no extract date
 * @param stale          older than the area's tolerance, or of unknown age
 */
public record SourceStatus(String source, String agency, LocalDate extractDate, long rowsRead, long rowsLoaded,
                           long rowsQuarantined, Long extractAgeDays, boolean stale) {
}
