package org.jigsaw.privacy;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import org.jigsaw.record.Field;

/**
 * Puts a value in the one canonical form both parties encode, so that equal people give equal
 * codes whatever each system's formatting: NHS numbers as 10 digits, dates ISO, names as upper-case
 * letters only, sex as M/F, postcodes upper case without spaces. A value that cannot be
 * normalised is treated as missing (and counted), never encoded half-formed.
 */
final class Normaliser {
    static final List<String> DEFAULT_DATE_FORMATS = List.of("yyyy-MM-dd", "dd/MM/yyyy", "d/M/yyyy", "yyyyMMdd", "dd-MM-yyyy", "dd.MM.yyyy");

    private Normaliser() {
    }

    static String normalise(Field field, String raw, List<String> dateFormats) {
        if (raw == null) return null;
        String v = raw.trim();
        if (v.isEmpty()) return null;
        return switch (field) {
            case NHS_NUMBER -> {
                String d = v.replaceAll("[\\s-]", "");
                yield d.matches("\\d{10}") ? d : null;
            }
            case DOB -> date(v, dateFormats);
            case SEX -> switch (v.toUpperCase(Locale.ROOT)) {
                case "M", "MALE", "1" -> "M";
                case "F", "FEMALE", "2" -> "F";
                default -> null;
            };
            case POSTCODE -> {
                String p = v.toUpperCase(Locale.ROOT).replaceAll("\\s", "");
                yield p.matches("[A-Z]{1,2}\\d[A-Z\\d]?\\d[A-Z]{2}") ? p : null;
            }
            case GIVEN_NAME, MIDDLE_NAMES, FAMILY_NAME, FORMER_FAMILY_NAME, LOCALITY, ADDRESS -> letters(v);
            default -> v.toUpperCase(Locale.ROOT).replaceAll("\\s", "");
        };
    }

    /** Upper-case letters only: accents stripped, hyphens, apostrophes and spaces removed. */
    static String letters(String v) {
        String s = Normalizer.normalize(v, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toUpperCase(Locale.ROOT)
                .replaceAll("[^A-Z]", "");
        return s.isEmpty() ? null : s;
    }

    private static String date(String v, List<String> formats) {
        for (String f : formats == null || formats.isEmpty() ? DEFAULT_DATE_FORMATS : formats) {
            try {
                return LocalDate.parse(v, DateTimeFormatter.ofPattern(f, Locale.UK)).toString();
            } catch (DateTimeParseException | IllegalArgumentException e) {
                // try the next format
            }
        }
        return null;
    }
}
