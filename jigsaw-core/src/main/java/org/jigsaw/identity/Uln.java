package org.jigsaw.identity;

import java.util.Optional;

/**
 * A Unique Learner Number (Learning Records Service; HESA field ULN): 10 digits, first non-zero,
 * with all ten digits weighted 10..1 summing to 10 mod 11 — designed never to coincide with an
 * NHS number.
 *
 * @param digits the 10 digits
 */
public record Uln(String digits) {

    public Uln {
        if (!isValidDigits(digits)) throw new IllegalArgumentException("not a valid ULN");
    }

    public static Optional<Uln> parse(String raw) {
        String d = Chars.compact(raw);
        return d != null && isValidDigits(d) ? Optional.of(new Uln(d)) : Optional.empty();
    }

    public static boolean isValid(String raw) {
        String d = Chars.compact(raw);
        return d != null && isValidDigits(d);
    }

    /** Check digit for a 9-digit stem (first digit non-zero), or -1 when no check digit makes it valid. */
    public static int checkDigit(String stem) {
        if (stem == null || stem.length() != 9 || !Chars.allDigits(stem) || stem.charAt(0) == '0') {
            throw new IllegalArgumentException("a ULN stem is 9 digits, the first non-zero");
        }
        int sum = 0;
        for (int i = 0; i < 9; i++) sum += (stem.charAt(i) - '0') * (10 - i);
        int r = sum % 11;
        return r == 0 ? -1 : 10 - r;
    }

    private static boolean isValidDigits(String d) {
        if (d == null || d.length() != 10 || !Chars.allDigits(d) || d.charAt(0) == '0') return false;
        int sum = 0;
        for (int i = 0; i < 10; i++) sum += (d.charAt(i) - '0') * (10 - i);
        return sum % 11 == 10;
    }

    @Override
    public String toString() {
        return digits;
    }
}
