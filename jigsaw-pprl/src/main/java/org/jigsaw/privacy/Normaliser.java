package org.jigsaw.privacy;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import org.jigsaw.link.data.FieldValues;

/**
 * Puts a raw value in the form Jigsaw's linker compares — the same standardisation as clear-text
 * linkage ({@link FieldValues}) — so that equal people give equal codes whatever each system's
 * formatting. Dates may first be read with the spec's own patterns. A value that cannot be
 * standardised (an invalid NHS number, a date that is not one) is treated as missing and counted,
 * never encoded half-formed.
 */
final class Normaliser {
    private Normaliser() {
    }

    static String standardise(String field, String raw, List<String> dateFormats) {
        if (raw == null || raw.isBlank()) return null;
        String v = raw.trim();
        if ("dob".equals(field) && dateFormats != null) {
            for (String f : dateFormats) {
                try {
                    v = LocalDate.parse(v, DateTimeFormatter.ofPattern(f, Locale.UK)).toString();
                    break;
                } catch (DateTimeParseException | IllegalArgumentException e) {
                    // try the next pattern, then the standardiser's own recognition
                }
            }
        }
        String s = FieldValues.standardiser(field).apply(v);
        return s == null || s.isBlank() ? null : s;
    }
}
