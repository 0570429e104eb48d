package org.jigsaw.identity;

import java.util.Optional;

/**
 * An NHS number: 10 digits whose last is a modulus-11 check digit (NHS Data Dictionary, "NHS
 * NUMBER"): digits 1–9 weighted 10..2, {@code 11 - sum mod 11}, 11 becomes 0, 10 is never
 * issued. All-same-digit numbers pass the checksum but are placeholders, so they are rejected.
 *
 * @param digits the 10 digits, no spaces
 */
public record NhsNumber(String digits) {

    public NhsNumber {
        if (!isValidDigits(digits)) throw new IllegalArgumentException("not a valid NHS number");
    }

    /** Accepts {@code 9434765919}, {@code 943 476 5919}, {@code 943-476-5919}; empty if invalid or blank. */
    public static Optional<NhsNumber> parse(String raw) {
        String d = Chars.compact(raw);
        return d != null && isValidDigits(d) ? Optional.of(new NhsNumber(d)) : Optional.empty();
    }

    public static boolean isValid(String raw) {
        String d = Chars.compact(raw);
        return d != null && isValidDigits(d);
    }

    /** The check digit for a 9-digit stem, or -1 when the stem can never be issued (check would be 10). */
    public static int checkDigit(String stem) {
        if (stem == null || stem.length() != 9 || !Chars.allDigits(stem)) {
            throw new IllegalArgumentException("an NHS number stem is 9 digits");
        }
        int sum = 0;
        for (int i = 0; i < 9; i++) sum += (stem.charAt(i) - '0') * (10 - i);
        int check = 11 - sum % 11;
        if (check == 11) return 0;
        return check == 10 ? -1 : check;
    }

    private static boolean isValidDigits(String d) {
        if (d == null || d.length() != 10 || !Chars.allDigits(d) || Chars.allSame(d)) return false;
        return checkDigit(d.substring(0, 9)) == d.charAt(9) - '0';
    }

    /** 3-3-4 with spaces, as printed on NHS letters. */
    public String formatted() {
        return digits.substring(0, 3) + " " + digits.substring(3, 6) + " " + digits.substring(6);
    }

    /** Numbers starting 999 are checksum-valid but reserved for testing, never issued to a person. */
    public boolean testRange() {
        return digits.startsWith("999");
    }

    @Override
    public String toString() {
        return digits;
    }
}
