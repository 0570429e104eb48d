package org.jigsaw.identity;

/** Shared character clean-up for identifiers typed with spaces, dashes or dots. */
final class Chars {
    private Chars() {
    }

    /** Upper-cases and drops spaces, dashes, dots and slashes; null for null. */
    static String compact(String raw) {
        if (raw == null) return null;
        StringBuilder sb = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == ' ' || c == '-' || c == '.' || c == '/' || c == '\t' || c == '\u00A0' || c == '\u2013') continue;
            sb.append(c >= 'a' && c <= 'z' ? (char) (c - 32) : c);
        }
        return sb.toString();
    }

    static boolean allDigits(String s) {
        if (s.isEmpty()) return false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') return false;
        }
        return true;
    }

    static boolean allSame(String s) {
        for (int i = 1; i < s.length(); i++) {
            if (s.charAt(i) != s.charAt(0)) return false;
        }
        return true;
    }
}
