package org.jigsaw.ingest;

import java.time.LocalDate;

/**
 * Dates a fact rule gives without a column: {@code @extract_date} (the date the file is as at:
 * its own reference date, else the definition's {@code extract_date}) and literal dates
 * {@code =yyyy-MM-dd}. Undated lists (Annex A List 2, census SEN provision) say a status holds at
 * the list's date; these let a rule say so.
 */
final class FactValues {

    static final String EXTRACT_DATE = "@extract_date";

    private FactValues() {
    }

    /** Whether the spec names a date rather than a column. */
    static boolean isDateSpec(String spec) {
        return EXTRACT_DATE.equals(spec) || spec.length() == 11 && spec.charAt(0) == '=' && isIsoDate(spec.substring(1));
    }

    /** The date a date spec stands for in a file dated {@code fileDate}; null when the file has no date. */
    static LocalDate date(String spec, LocalDate fileDate) {
        return EXTRACT_DATE.equals(spec) ? fileDate : LocalDate.parse(spec.substring(1));
    }

    static boolean isIsoDate(String s) {
        try {
            LocalDate.parse(s);
            return true;
        } catch (java.time.format.DateTimeParseException e) {
            return false;
        }
    }
}
