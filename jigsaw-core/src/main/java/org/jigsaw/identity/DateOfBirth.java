package org.jigsaw.identity;

import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;

/**
 * A date of birth, with the checks ingest makes against the area's reference date.
 *
 * @param date the date
 */
public record DateOfBirth(LocalDate date) {

    /** What a parsed date of birth says about the record. */
    public enum Check {
        /** plausible and within the area's age range */
        VALID,
        /** after the reference date: impossible */
        FUTURE,
        /** plausible but the child is outside the age range at the reference date */
        OUTSIDE_AGE_RANGE
    }

    public DateOfBirth {
        if (date == null) throw new IllegalArgumentException("date of birth is required");
    }

    /** Any format {@link Dates} recognises; empty for blank or impossible dates. */
    public static Optional<DateOfBirth> parse(String raw) {
        return Dates.parse(raw).map(DateOfBirth::new);
    }

    /** Completed years on {@code on}. */
    public int ageOn(LocalDate on) {
        return Period.between(date, on).getYears();
    }

    /** Checks the date against {@code reference} and the inclusive age range {@code [minAge, maxAge]}. */
    public Check check(LocalDate reference, int minAge, int maxAge) {
        if (date.isAfter(reference)) return Check.FUTURE;
        int age = ageOn(reference);
        return age < minAge || age > maxAge ? Check.OUTSIDE_AGE_RANGE : Check.VALID;
    }

    /** ISO {@code yyyy-MM-dd}, the canonical form in records. */
    public String iso() {
        return date.toString();
    }

    @Override
    public String toString() {
        return iso();
    }
}
