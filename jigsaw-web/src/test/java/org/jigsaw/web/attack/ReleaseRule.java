package org.jigsaw.web.attack;

import java.util.Optional;

/**
 * What a released count tells the attacker under a rounding rule (by default the NHS England HES
 * rule: 0 shown, 1..minimum-1 shown as {@code *}, everything else rounded to the nearest base; a
 * zero beside a {@code *} in counts that add up is shown as {@code *} too).
 *
 * @param base    the rounding base (5)
 * @param minimum the smallest count shown as a number (8)
 */
public record ReleaseRule(int base, int minimum) {
    public static final String MARK = "*";

    public static ReleaseRule nhsEngland() {
        return new ReleaseRule(5, 8);
    }

    /**
     * The true counts consistent with a released count's text ("1,235", "*", "0"); empty when the
     * text is not a count this rule can release (a 1..7, a number off the base, "5" under NHS rules).
     */
    public Optional<Interval> interval(String text) {
        String t = text.trim();
        // a * may be a zero hidden beside a small count (AdditiveCounts), so it says 0..minimum-1
        if (t.equals(MARK)) return Optional.of(new Interval(0, minimum - 1));
        Optional<Long> n = wholeNumber(t);
        if (n.isEmpty() || n.get() < 0 || n.get() % base != 0) return Optional.empty();
        if (n.get() == 0) return Optional.of(Interval.exactly(0));
        long half = (base - 1) / 2;
        // a count rounds to r when it lies within half a base of it; counts below the minimum never show
        Interval i = new Interval(Math.max(n.get() - half, minimum), n.get() + half - (base % 2 == 0 ? 1 : 0));
        return i.empty() ? Optional.empty() : Optional.of(i);
    }

    /** The released value a true count gets under this rule, as the text the attacker would see. */
    public String release(long n) {
        if (n == 0) return "0";
        if (n < minimum) return MARK;
        return Long.toString(Math.round((double) n / base) * base);
    }

    static Optional<Long> wholeNumber(String t) {
        String s = t.replace(",", "");
        if (!s.matches("[+-]?[0-9]+")) return Optional.empty();
        return Optional.of(Long.parseLong(s.startsWith("+") ? s.substring(1) : s));
    }
}
