package org.jigsaw.identity;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Dates as agencies write them, recognised without being told the format:
 * ISO {@code 2015-03-07}, UK {@code 07/03/2015}, {@code 7/3/2015}, {@code 07-03-2015}, {@code 07.03.2015},
 * {@code 20150307}, {@code 2015/03/07}, month names {@code 7 Mar 2015}, {@code 07-MAR-2015},
 * {@code 7 March 2015}, two-digit years {@code 07/03/15}, and any of these followed by a time
 * ({@code 2015-03-07T00:00:00}, {@code 07/03/2015 00:00}). Numeric day-month order is the UK one;
 * a source in US order names its pattern in {@code date_formats}.
 *
 * <p>Impossible dates (31 February) are rejected, never rolled over. Hand-written rather than a
 * cascade of {@link DateTimeFormatter}s because ingest parses millions of dates and a failed
 * formatter attempt costs an exception.
 */
public final class Dates {

    private static final String[] MONTHS = {"JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"};

    private Dates() {
    }

    /**
     * Parses with the automatic rules above. Two-digit years are placed in the hundred years
     * ending at {@code pivotYear} (so for children, 15 is 2015 and 98 is 1998 when pivotYear is 2026).
     */
    public static Optional<LocalDate> parse(String raw, int pivotYear) {
        if (raw == null) return Optional.empty();
        String s = raw.trim();
        if (s.isEmpty()) return Optional.empty();
        s = stripTime(s);
        int n = s.length();
        if (n == 8 && Chars.allDigits(s)) {
            return of(num(s, 0, 4), num(s, 4, 6), num(s, 6, 8));
        }
        String[] parts = split(s);
        if (parts == null) return Optional.empty();
        String a = parts[0], b = parts[1], c = parts[2];
        int month = month(b);
        if (month < 0) return Optional.empty();
        if (a.length() == 4 && Chars.allDigits(a)) {
            if (!Chars.allDigits(c) || c.length() > 2) return Optional.empty();
            return of(Integer.parseInt(a), month, Integer.parseInt(c));
        }
        if (!Chars.allDigits(a) || a.length() > 2 || !Chars.allDigits(c)) return Optional.empty();
        int year;
        if (c.length() == 4) {
            year = Integer.parseInt(c);
        } else if (c.length() == 2) {
            int yy = Integer.parseInt(c);
            int century = pivotYear - Math.floorMod(pivotYear, 100);
            year = century + yy;
            if (year > pivotYear) year -= 100;
        } else {
            return Optional.empty();
        }
        return of(year, month, Integer.parseInt(a));
    }

    /** {@link #parse(String, int)} with two-digit years pivoting on this year. */
    public static Optional<LocalDate> parse(String raw) {
        return parse(raw, LocalDate.now().getYear());
    }

    /**
     * Tries each explicit pattern (java.time syntax, strict: 31 February fails) and falls back
     * to the automatic rules when none matches.
     */
    public static Optional<LocalDate> parse(String raw, List<DateTimeFormatter> formats, int pivotYear) {
        if (raw == null || raw.isBlank()) return Optional.empty();
        String s = raw.trim();
        for (DateTimeFormatter f : formats) {
            try {
                return Optional.of(LocalDate.parse(s, f));
            } catch (DateTimeParseException e) {
                // try the next pattern
            }
        }
        return parse(s, pivotYear);
    }

    /** Compiles {@code date_formats} patterns strictly ({@code yyyy} read as {@code uuuu}). */
    public static List<DateTimeFormatter> formatters(List<String> patterns) {
        List<DateTimeFormatter> out = new ArrayList<>();
        if (patterns == null) return out;
        for (String p : patterns) {
            out.add(new java.time.format.DateTimeFormatterBuilder().parseCaseInsensitive()
                    .appendPattern(p.replace('y', 'u')).toFormatter(Locale.UK).withResolverStyle(ResolverStyle.STRICT));
        }
        return out;
    }

    private static String stripTime(String s) {
        if (s.length() > 10 && s.charAt(10) == 'T') return s.substring(0, 10);
        int colon = s.indexOf(':');
        if (colon > 0) {
            int sp = s.lastIndexOf(' ', colon);
            if (sp > 0) return s.substring(0, sp).trim();
        }
        return s;
    }

    private static String[] split(String s) {
        String[] out = new String[3];
        int k = 0;
        int start = 0;
        for (int i = 0; i <= s.length(); i++) {
            char ch = i < s.length() ? s.charAt(i) : '/';
            if (ch == '/' || ch == '-' || ch == '.' || ch == ' ' || ch == ',') {
                if (i > start) {
                    if (k == 3) return null;
                    out[k++] = s.substring(start, i);
                }
                start = i + 1;
            }
        }
        return k == 3 ? out : null;
    }

    private static int month(String m) {
        if (Chars.allDigits(m)) return m.length() <= 2 ? Integer.parseInt(m) : -1;
        if (m.length() < 3) return -1;
        String up = m.toUpperCase(Locale.ROOT);
        for (int i = 0; i < 12; i++) {
            if (up.startsWith(MONTHS[i])) {
                String full = java.time.Month.of(i + 1).name();
                if (up.length() == 3 || full.equals(up) || (i == 8 && up.equals("SEPT"))) return i + 1;
                return -1;
            }
        }
        return -1;
    }

    private static int num(String s, int from, int to) {
        return Integer.parseInt(s, from, to, 10);
    }

    private static Optional<LocalDate> of(int y, int m, int d) {
        if (m < 1 || m > 12 || d < 1 || d > 31 || y < 1800 || y > 2200) return Optional.empty();
        try {
            return Optional.of(LocalDate.of(y, m, d));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
