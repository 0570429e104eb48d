package org.jigsaw.ingest.rules;

import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.jigsaw.identity.Dates;

/**
 * What a rule needs besides the row: the date the return is as at (ages and "future" are measured
 * against it, so a run is repeatable, unlike the validators' "today") and the source's date formats.
 */
public record RuleContext(LocalDate reference, List<DateTimeFormatter> dateFormats) {

    public RuleContext {
        dateFormats = dateFormats == null ? List.of() : List.copyOf(dateFormats);
    }

    /** The date in {@code raw}, or null when blank or not a date. */
    public LocalDate date(String raw) {
        return raw == null || raw.isBlank() ? null : Dates.parse(raw, dateFormats, reference.getYear()).orElse(null);
    }

    /** Whole years from {@code birth} to the reference date; -1 for no date. */
    public int age(LocalDate birth) {
        return birth == null || birth.isAfter(reference) ? -1 : Period.between(birth, reference).getYears();
    }
}
