package org.jigsaw.link.data;

import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.apache.commons.codec.language.DoubleMetaphone;
import org.apache.commons.codec.language.Soundex;

/**
 * Named functions from a standardised value to a key, used by blocking rules
 * ({@code family_name:metaphone}) and comparison levels. Each runs once per distinct value.
 */
public final class Transforms {

    private Transforms() {
    }

    private static final Map<String, java.util.function.Supplier<UnaryOperator<String>>> BY_NAME = Map.ofEntries(
            Map.entry("value", () -> v -> v),
            Map.entry("metaphone", Transforms::metaphone),
            Map.entry("metaphone_alt", Transforms::metaphoneAlternate),
            Map.entry("soundex", Transforms::soundex),
            Map.entry("initial", () -> v -> firstLetters(v, 1)),
            Map.entry("first2", () -> v -> firstLetters(v, 2)),
            Map.entry("first3", () -> v -> firstLetters(v, 3)),
            Map.entry("first_token", () -> Transforms::firstToken),
            Map.entry("canonical", () -> Names::canonical),
            Map.entry("year", () -> v -> v.length() >= 4 ? v.substring(0, 4) : null),
            Map.entry("year_month", () -> v -> v.length() >= 7 ? v.substring(0, 7) : null),
            Map.entry("month_day", () -> v -> v.length() >= 10 ? v.substring(5, 10) : null),
            Map.entry("sector", () -> Transforms::postcodeSector),
            Map.entry("district", () -> Transforms::postcodeDistrict),
            Map.entry("digits", () -> v -> {
                String d = v.replaceAll("[^0-9]", "");
                return d.isEmpty() ? null : d;
            }),
            Map.entry("sorted_tokens", () -> v -> String.join(" ", new java.util.TreeSet<>(java.util.Arrays.asList(v.split(" "))))));

    /** The transform called {@code name}; throws with the list of known names otherwise. */
    public static UnaryOperator<String> named(String name) {
        var s = BY_NAME.get(name.toLowerCase(Locale.ROOT));
        if (s == null) {
            throw new IllegalArgumentException("unknown key transform '" + name + "'; known: "
                    + new java.util.TreeSet<>(BY_NAME.keySet()));
        }
        return s.get();
    }

    public static java.util.Set<String> names() {
        return BY_NAME.keySet();
    }

    static UnaryOperator<String> metaphone() {
        DoubleMetaphone dm = new DoubleMetaphone();
        dm.setMaxCodeLen(6);
        return v -> {
            String s = lettersOnly(v);
            return s.isEmpty() ? null : dm.doubleMetaphone(s, false);
        };
    }

    static UnaryOperator<String> metaphoneAlternate() {
        DoubleMetaphone dm = new DoubleMetaphone();
        dm.setMaxCodeLen(6);
        return v -> {
            String s = lettersOnly(v);
            return s.isEmpty() ? null : dm.doubleMetaphone(s, true);
        };
    }

    static UnaryOperator<String> soundex() {
        Soundex sx = new Soundex();
        return v -> {
            String s = lettersOnly(v);
            try {
                return s.isEmpty() ? null : sx.encode(s);
            } catch (IllegalArgumentException e) {
                return null;
            }
        };
    }

    static String lettersOnly(String v) {
        StringBuilder b = new StringBuilder(v.length());
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (Character.isLetter(c)) b.append(c);
        }
        return b.toString();
    }

    static String firstLetters(String v, int n) {
        String s = lettersOnly(v);
        return s.length() < n ? (s.isEmpty() ? null : s) : s.substring(0, n);
    }

    static String firstToken(String v) {
        int sp = v.indexOf(' ');
        return sp < 0 ? v : v.substring(0, sp);
    }

    /** "SW1A 1AA" → "SW1A 1"; null when the value has no inward part. */
    public static String postcodeSector(String v) {
        int sp = v.indexOf(' ');
        // only canonical UK postcodes have sectors; other countries' codes compare whole
        if (sp < 0) return null;
        return sp + 2 <= v.length() ? v.substring(0, sp + 2) : null;
    }

    /** "SW1A 1AA" → "SW1A". */
    public static String postcodeDistrict(String v) {
        int sp = v.indexOf(' ');
        return sp < 0 ? null : v.substring(0, sp);
    }
}
