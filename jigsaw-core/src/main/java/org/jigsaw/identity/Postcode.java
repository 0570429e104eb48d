package org.jigsaw.identity;

import java.util.Optional;

/**
 * A UK postcode (Royal Mail PAF format): outward code (area + district, e.g. {@code SW1A}) and
 * inward code (sector digit + unit, e.g. {@code 1AA}). Parsing ignores case and spacing; the
 * canonical form is upper case with exactly one space.
 *
 * <p>Letter rules checked: position 1 never Q, V, X; position 2 never I, J, Z; a letter in
 * position 3 of A9A is one of ABCDEFGHJKPSTUW; a letter in position 4 of AA9A one of
 * ABEHMNPRVWXY; the inward letters never C, I, K, M, O, V. {@code GIR 0AA} is accepted.
 *
 * @param outward e.g. {@code BS1}
 * @param inward  e.g. {@code 4DJ}
 */
public record Postcode(String outward, String inward) {

    public Postcode {
        if (outward == null || inward == null || !validOutward(outward) || !validInward(inward)) {
            throw new IllegalArgumentException("not a valid UK postcode");
        }
    }

    public static Optional<Postcode> parse(String raw) {
        String c = Chars.compact(raw);
        if (c == null || c.length() < 5 || c.length() > 7) return Optional.empty();
        String out = c.substring(0, c.length() - 3);
        String in = c.substring(c.length() - 3);
        if (!validOutward(out) || !validInward(in)) return Optional.empty();
        return Optional.of(new Postcode(out, in));
    }

    public static boolean isValid(String raw) {
        return parse(raw).isPresent();
    }

    /** {@code BS1 4DJ}. */
    public String full() {
        return outward + " " + inward;
    }

    /** Postcode sector, {@code BS1 4}: about 3,000 addresses. */
    public String sector() {
        return outward + " " + inward.charAt(0);
    }

    /** Postcode district (the outward code), {@code BS1}. */
    public String district() {
        return outward;
    }

    /** Postcode area, the leading letters: {@code BS}. */
    public String area() {
        int i = 0;
        while (i < outward.length() && Character.isLetter(outward.charAt(i))) i++;
        return outward.substring(0, i);
    }

    @Override
    public String toString() {
        return full();
    }

    private static boolean letter(char c) {
        return c >= 'A' && c <= 'Z';
    }

    private static boolean digit(char c) {
        return c >= '0' && c <= '9';
    }

    static boolean validOutward(String o) {
        if (o.equals("GIR")) return true;
        int n = o.length();
        if (n < 2 || n > 4) return false;
        char a = o.charAt(0);
        if (!letter(a) || "QVX".indexOf(a) >= 0) return false;
        char b = o.charAt(1);
        if (digit(b)) {
            // A9, A99, A9A
            if (n == 2) return true;
            if (n != 3) return false;
            char c = o.charAt(2);
            return digit(c) || "ABCDEFGHJKPSTUW".indexOf(c) >= 0;
        }
        if (!letter(b) || "IJZ".indexOf(b) >= 0 || n < 3) return false;
        char c = o.charAt(2);
        if (!digit(c)) return false;
        if (n == 3) return true;
        char d = o.charAt(3);
        return digit(d) || "ABEHMNPRVWXY".indexOf(d) >= 0;
    }

    static boolean validInward(String i) {
        if (i.length() != 3 || !digit(i.charAt(0))) return false;
        for (int k = 1; k < 3; k++) {
            char c = i.charAt(k);
            if (!letter(c) || "CIKMOV".indexOf(c) >= 0) return false;
        }
        return true;
    }
}
