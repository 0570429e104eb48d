package org.jigsaw.synth;

import java.time.LocalDate;

/** A period with a code: a status from {@code start} to {@code end} (null = open). */
public record Spell(String code, LocalDate start, LocalDate end) {

    public boolean activeOn(LocalDate date) {
        return !start.isAfter(date) && (end == null || end.isAfter(date));
    }

    /** Started by the date; the end is shown only if it has happened by then. */
    public boolean knownBy(LocalDate date) {
        return !start.isAfter(date);
    }

    public LocalDate endAsKnownOn(LocalDate date) {
        return end != null && !end.isAfter(date) ? end : null;
    }
}
