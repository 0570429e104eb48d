package org.jigsaw.ingest.rules;

import java.util.Locale;
import java.util.Set;
import org.jigsaw.identity.Upn;

/** Small value tests the rule packs share. */
final class Codes {

    private Codes() {
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /** Stripped and upper case; null when blank. */
    static String clean(String s) {
        return blank(s) ? null : s.strip().toUpperCase(Locale.ROOT);
    }

    /** A value present and not in {@code codes} (compared stripped and case-blind). */
    static boolean notIn(String raw, Set<String> codes) {
        String v = clean(raw);
        return v != null && !codes.contains(v);
    }

    /** Blank, or not in {@code codes}: for columns that cannot be blank. */
    static boolean missingOrNotIn(String raw, Set<String> codes) {
        return blank(raw) || notIn(raw, codes);
    }

    /** DfE "UPN unknown" reasons UN1–UN10 (CIN, SSDA903, Annex A): a reason the UPN is absent. */
    static boolean upnUnknownCode(String raw) {
        String v = clean(raw);
        if (v == null || !v.startsWith("UN") || v.length() < 3 || v.length() > 4) return false;
        for (int i = 2; i < v.length(); i++) {
            if (!Character.isDigit(v.charAt(i))) return false;
        }
        int n = Integer.parseInt(v.substring(2));
        return n >= 1 && n <= 10;
    }

    /** A 13-character UPN whose characters 2–13 can carry a check letter (digits, last a digit or UPN letter). */
    static boolean upnShaped(String v) {
        if (v == null || v.length() != 13) return false;
        for (int i = 1; i < 12; i++) {
            if (!Character.isDigit(v.charAt(i))) return false;
        }
        char last = v.charAt(12);
        return Character.isDigit(last) || Upn.ALPHABET.indexOf(last) >= 0;
    }
}
