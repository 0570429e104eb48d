package org.jigsaw.store.annexa;

import java.time.LocalDate;

/** One fact of a linked child, with the source that yields it (for {@link SourceTrust}). */
record SourceFact(String source, String agency, LocalDate extractDate, String type, String code, LocalDate start,
                  LocalDate end) implements SourceTrust.Sourced {

    /** A status (or attribute) in force on {@code day}: begun by then and not ended before, as the cohorts read it. */
    boolean activeOn(LocalDate day) {
        return start != null && !start.isAfter(day) && (end == null || !end.isBefore(day));
    }

    /** An attribute known on {@code day}: undated attributes count, as in the cohorts. */
    boolean knownOn(LocalDate day) {
        return (start == null || !start.isAfter(day)) && (end == null || !end.isBefore(day));
    }
}
