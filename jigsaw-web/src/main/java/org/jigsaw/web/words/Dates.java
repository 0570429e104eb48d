package org.jigsaw.web.words;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Dates and times as people in England write them (GOV.UK style: "3 December 2026", "3 December
 * 2026 at 2:05pm"), in UK time; periods as words ("26 years"), never {@code P26Y}.
 */
public final class Dates {
    public static final ZoneId UK = ZoneId.of("Europe/London");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("h:mma", Locale.UK);

    private Dates() {
    }

    /** "3 December 2026"; empty for null. */
    public static String day(LocalDate d) {
        return d == null ? "" : DAY.format(d);
    }

    /** An ISO date (or the date part of an ISO date-time) as {@link #day}; text that is no date comes back as it is. */
    public static String day(String iso) {
        if (iso == null || iso.isBlank()) return "";
        try {
            return day(LocalDate.parse(iso.length() > 10 ? iso.substring(0, 10) : iso));
        } catch (DateTimeParseException e) {
            return iso;
        }
    }

    /** Back from {@link #day} to the date, for readers of the page (tests, the attack suite). */
    public static LocalDate parseDay(String text) {
        return LocalDate.parse(text.strip(), DAY);
    }

    /** "3 December 2026 at 2:05pm" in UK time. */
    public static String time(Instant t) {
        if (t == null) return "";
        var z = t.atZone(UK);
        return DAY.format(z) + " at " + CLOCK.format(z).toLowerCase(Locale.ROOT);
    }

    /** An ISO instant as {@link #time}; anything else as it is. */
    public static String time(String iso) {
        if (iso == null || iso.isBlank()) return "";
        try {
            return time(Instant.parse(iso));
        } catch (DateTimeParseException e) {
            return iso;
        }
    }

    /** "26 years", "1 year and 6 months", "90 days". */
    public static String period(Period p) {
        if (p == null) return "";
        List<String> parts = new ArrayList<>();
        add(parts, p.getYears(), "year");
        add(parts, p.getMonths(), "month");
        add(parts, p.getDays(), "day");
        if (parts.isEmpty()) return "0 days";
        return parts.size() == 1 ? parts.get(0) : String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
    }

    private static void add(List<String> parts, int n, String unit) {
        if (n != 0) parts.add(n + " " + unit + (Math.abs(n) == 1 ? "" : "s"));
    }
}
