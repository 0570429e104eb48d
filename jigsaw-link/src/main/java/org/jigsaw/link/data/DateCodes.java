package org.jigsaw.link.data;

import java.time.LocalDate;

/** Dates as {@code yyyymmdd} integers: cheap to compare component by component. */
public final class DateCodes {

    private DateCodes() {
    }

    /** {@code yyyy-MM-dd} → yyyymmdd, or -1. */
    public static int parseIso(String s) {
        if (s == null || s.length() != 10 || s.charAt(4) != '-' || s.charAt(7) != '-') return -1;
        int y = digits(s, 0, 4), m = digits(s, 5, 7), d = digits(s, 8, 10);
        if (y < 0 || m < 1 || m > 12 || d < 1 || d > 31) return -1;
        return y * 10000 + m * 100 + d;
    }

    private static int digits(String s, int from, int to) {
        int v = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') return -1;
            v = v * 10 + (c - '0');
        }
        return v;
    }

    public static int year(int code) {
        return code / 10000;
    }

    public static int month(int code) {
        return code / 100 % 100;
    }

    public static int day(int code) {
        return code % 100;
    }

    /** Days since the epoch, or {@code Long.MIN_VALUE} for an impossible date such as 31 February. */
    public static long epochDay(int code) {
        try {
            return LocalDate.of(year(code), month(code), day(code)).toEpochDay();
        } catch (java.time.DateTimeException e) {
            return Long.MIN_VALUE;
        }
    }
}
