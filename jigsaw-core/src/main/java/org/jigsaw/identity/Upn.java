package org.jigsaw.identity;

import java.util.Optional;

/**
 * A Unique Pupil Number (DfE "Unique Pupil Numbers (UPNs): guidance", GDSC UPN v2.0): a check
 * letter, the 3-digit DfE LA code of the issuing school, its 4-digit establishment number, the
 * 2-digit year of allocation and a 3-character serial. A <em>temporary</em> UPN ends in a letter.
 *
 * <p>Check letter: characters 2–13 weighted 2–13 (a letter in position 13 takes its index in
 * {@link #ALPHABET}), sum mod 23, mapped onto {@link #ALPHABET}.
 *
 * @param value the 13 characters, upper case
 */
public record Upn(String value) {

    /** The 23 letters UPNs use: no I, O or S (they look like 1, 0 and 5). */
    public static final String ALPHABET = "ABCDEFGHJKLMNPQRTUVWXYZ";

    public Upn {
        if (!isValidCompact(value)) throw new IllegalArgumentException("not a valid UPN");
    }

    /** Accepts any case and stray spaces or dashes; empty if invalid or blank. */
    public static Optional<Upn> parse(String raw) {
        String v = Chars.compact(raw);
        return v != null && isValidCompact(v) ? Optional.of(new Upn(v)) : Optional.empty();
    }

    public static boolean isValid(String raw) {
        String v = Chars.compact(raw);
        return v != null && isValidCompact(v);
    }

    /** The check letter for characters 2–13 (12 characters), e.g. {@code "801200005001"} gives 'B'. */
    public static char checkLetter(String body) {
        if (body == null || body.length() != 12) throw new IllegalArgumentException("a UPN body is 12 characters");
        int sum = 0;
        for (int i = 0; i < 12; i++) {
            char c = body.charAt(i);
            int v;
            if (c >= '0' && c <= '9' && i < 11) {
                v = c - '0';
            } else if (i == 11) {
                v = c >= '0' && c <= '9' ? c - '0' : ALPHABET.indexOf(c);
                if (v < 0) throw new IllegalArgumentException("invalid last UPN character");
            } else {
                throw new IllegalArgumentException("UPN characters 2-12 are digits");
            }
            sum += v * (i + 2);
        }
        return ALPHABET.charAt(sum % 23);
    }

    private static boolean isValidCompact(String v) {
        if (v == null || v.length() != 13) return false;
        if (ALPHABET.indexOf(v.charAt(0)) < 0) return false;
        for (int i = 1; i < 12; i++) {
            char c = v.charAt(i);
            if (c < '0' || c > '9') return false;
        }
        char last = v.charAt(12);
        if (!(last >= '0' && last <= '9') && ALPHABET.indexOf(last) < 0) return false;
        return checkLetter(v.substring(1)) == v.charAt(0);
    }

    /** A temporary UPN (last character a letter) is a weak key that will be superseded. */
    public boolean temporary() {
        char last = value.charAt(12);
        return last < '0' || last > '9';
    }

    /** DfE LA code of the school that allocated it (not necessarily where the child lives). */
    public String laCode() {
        return value.substring(1, 4);
    }

    @Override
    public String toString() {
        return value;
    }
}
