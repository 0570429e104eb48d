package org.jigsaw.synth;

import java.util.random.RandomGenerator;

/**
 * Synthetic identifiers with correct check characters: NHS numbers in the 999 test range
 * (never issued to a person) and UPNs with the DfE modulus-23 check letter.
 * Algorithms: NHS Data Dictionary "NHS NUMBER"; DfE "Unique Pupil Numbers (UPN) v2.0" (GDSC).
 */
public final class SynthIds {
    /** The 23 letters UPN check characters use: no I, O or S. */
    public static final String UPN_LETTERS = "ABCDEFGHJKLMNPQRTUVWXYZ";

    private SynthIds() {
    }

    /** A checksum-valid NHS number 999 xxx xxxx. */
    public static String nhsNumber(RandomGenerator rng) {
        while (true) {
            StringBuilder s = new StringBuilder("999");
            for (int i = 0; i < 6; i++) s.append((char) ('0' + rng.nextInt(10)));
            int check = nhsCheckDigit(s);
            if (check == 10) continue; // that stem is never issued
            return s.append((char) ('0' + check)).toString();
        }
    }

    /** Check digit for a 9-digit stem, 10 meaning "stem invalid". */
    public static int nhsCheckDigit(CharSequence stem) {
        int sum = 0;
        for (int i = 0; i < 9; i++) sum += (stem.charAt(i) - '0') * (10 - i);
        int check = 11 - sum % 11;
        return check == 11 ? 0 : check;
    }

    /** Zero-padded decimal (String.format is far too slow for millions of ids). */
    public static String pad(long v, int digits) {
        String s = Long.toString(v);
        if (s.length() >= digits) return s;
        StringBuilder b = new StringBuilder(digits);
        for (int i = s.length(); i < digits; i++) b.append('0');
        return b.append(s).toString();
    }

    public static boolean nhsValid(String nhs) {
        if (nhs == null || !nhs.matches("\\d{10}")) return false;
        int check = nhsCheckDigit(nhs);
        return check != 10 && check == nhs.charAt(9) - '0';
    }

    /** A full UPN from its 12 trailing characters (LA, establishment, year, serial). */
    public static String upn(String body12) {
        return upnCheckLetter(body12) + body12;
    }

    public static char upnCheckLetter(String body12) {
        if (body12.length() != 12) throw new IllegalArgumentException("UPN body must be 12 characters");
        int sum = 0;
        for (int i = 0; i < 12; i++) {
            char c = body12.charAt(i);
            int v = Character.isDigit(c) ? c - '0' : UPN_LETTERS.indexOf(c);
            sum += v * (i + 2);
        }
        return UPN_LETTERS.charAt(sum % 23);
    }

    public static boolean upnValid(String upn) {
        return upn != null && upn.length() == 13
                && upn.matches("[A-HJ-NP-RT-Z]\\d{11}[0-9A-HJ-NP-RT-Z]")
                && upnCheckLetter(upn.substring(1)) == upn.charAt(0);
    }

    public static boolean upnTemporary(String upn) {
        return upn != null && upn.length() == 13 && Character.isLetter(upn.charAt(12));
    }
}
