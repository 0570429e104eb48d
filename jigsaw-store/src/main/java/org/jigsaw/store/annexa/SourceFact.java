package org.jigsaw.store.annexa;

import java.time.LocalDate;
import org.jigsaw.cohort.Fact;

/** One fact of a linked child, with the agency and extract of the source that yields it (for {@link SourceTrust}). */
record SourceFact(String agency, LocalDate extractDate, Fact fact) implements SourceTrust.Sourced {

    @Override
    public String source() {
        return fact.source();
    }

    String type() {
        return fact.type();
    }

    String code() {
        return fact.code();
    }

    LocalDate start() {
        return fact.start();
    }

    /** A status in force on {@code day}, as the cohorts read it. */
    boolean activeOn(LocalDate day) {
        return fact.activeOn(day);
    }

    /** An attribute known on {@code day}: undated attributes count, as in the cohorts. */
    boolean knownOn(LocalDate day) {
        return (fact.start() == null || !fact.start().isAfter(day)) && (fact.end() == null || !fact.end().isBefore(day));
    }
}
