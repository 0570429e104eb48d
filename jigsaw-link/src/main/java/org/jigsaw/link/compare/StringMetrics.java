package org.jigsaw.link.compare;

/**
 * String similarity on {@code char[]} without allocation in the common case. Hand-written because
 * the comparison loop runs tens of millions of times per refresh; Commons Text's versions take
 * {@code CharSequence} and allocate per call (see the JMH benchmarks in jigsaw-bench).
 */
public final class StringMetrics {

    private StringMetrics() {
    }

    /** Jaro–Winkler similarity in [0, 1], prefix scale 0.1, prefix up to 4, boost threshold 0.7 (as Commons Text). */
    public static double jaroWinkler(char[] a, char[] b) {
        int la = a.length, lb = b.length;
        if (la == 0 || lb == 0) return la == lb ? 1.0 : 0.0;
        if (la > lb) {
            char[] t = a; a = b; b = t;
            int x = la; la = lb; lb = x;
        }
        int window = Math.max(0, lb / 2 - 1);
        // bit masks are enough for names and addresses (< 64 chars); fall back to arrays otherwise
        if (lb <= 64) {
            long matchedB = 0L;
            long matchedA = 0L;
            int matches = 0;
            for (int i = 0; i < la; i++) {
                int lo = Math.max(0, i - window), hi = Math.min(lb - 1, i + window);
                char c = a[i];
                for (int j = lo; j <= hi; j++) {
                    if ((matchedB & (1L << j)) == 0 && b[j] == c) {
                        matchedB |= 1L << j;
                        matchedA |= 1L << i;
                        matches++;
                        break;
                    }
                }
            }
            if (matches == 0) return 0.0;
            int transpositions = 0;
            int j = 0;
            for (int i = 0; i < la; i++) {
                if ((matchedA & (1L << i)) == 0) continue;
                while ((matchedB & (1L << j)) == 0) j++;
                if (a[i] != b[j]) transpositions++;
                j++;
            }
            return winkler(a, b, la, lb, matches, transpositions / 2.0);
        }
        boolean[] mb = new boolean[lb];
        boolean[] ma = new boolean[la];
        int matches = 0;
        for (int i = 0; i < la; i++) {
            int lo = Math.max(0, i - window), hi = Math.min(lb - 1, i + window);
            for (int j = lo; j <= hi; j++) {
                if (!mb[j] && b[j] == a[i]) {
                    mb[j] = true;
                    ma[i] = true;
                    matches++;
                    break;
                }
            }
        }
        if (matches == 0) return 0.0;
        int transpositions = 0;
        int j = 0;
        for (int i = 0; i < la; i++) {
            if (!ma[i]) continue;
            while (!mb[j]) j++;
            if (a[i] != b[j]) transpositions++;
            j++;
        }
        return winkler(a, b, la, lb, matches, transpositions / 2.0);
    }

    private static double winkler(char[] a, char[] b, int la, int lb, int m, double t) {
        double jaro = ((double) m / la + (double) m / lb + (double) (m - t) / m) / 3.0;
        if (jaro < 0.7) return jaro; // Winkler's boost threshold
        int prefix = 0;
        int max = Math.min(4, Math.min(a.length, b.length));
        while (prefix < max && a[prefix] == b[prefix]) prefix++;
        return jaro + prefix * 0.1 * (1.0 - jaro);
    }

    /**
     * Damerau–Levenshtein distance (optimal string alignment: insert, delete, substitute, swap two
     * adjacent characters), or {@code max + 1} as soon as the distance must exceed {@code max}.
     */
    public static int damerauLevenshtein(char[] a, char[] b, int max) {
        int la = a.length, lb = b.length;
        if (Math.abs(la - lb) > max) return max + 1;
        if (max <= 1) return withinOneEdit(a, b) ? (java.util.Arrays.equals(a, b) ? 0 : 1) : max + 1;
        if (la == 0) return lb;
        if (lb == 0) return la;
        int[] prev2 = new int[lb + 1];
        int[] prev = new int[lb + 1];
        int[] cur = new int[lb + 1];
        for (int j = 0; j <= lb; j++) prev[j] = j;
        for (int i = 1; i <= la; i++) {
            cur[0] = i;
            int rowMin = cur[0];
            char ca = a[i - 1];
            for (int j = 1; j <= lb; j++) {
                int cost = ca == b[j - 1] ? 0 : 1;
                int v = Math.min(Math.min(prev[j] + 1, cur[j - 1] + 1), prev[j - 1] + cost);
                if (i > 1 && j > 1 && ca == b[j - 2] && a[i - 2] == b[j - 1]) {
                    v = Math.min(v, prev2[j - 2] + 1);
                }
                cur[j] = v;
                if (v < rowMin) rowMin = v;
            }
            if (rowMin > max) return max + 1;
            int[] t = prev2; prev2 = prev; prev = cur; cur = t;
        }
        return Math.min(prev[lb], max + 1);
    }

    /**
     * At most one insertion, deletion, substitution or adjacent swap apart, in one linear pass:
     * the common case (max = 1) of the bounded distance, without the dynamic-programming table.
     */
    public static boolean withinOneEdit(char[] a, char[] b) {
        int la = a.length, lb = b.length;
        if (la > lb) {
            char[] t = a; a = b; b = t;
            int x = la; la = lb; lb = x;
        }
        if (lb - la > 1) return false;
        int i = 0;
        while (i < la && a[i] == b[i]) i++;
        if (i == la) return true; // equal, or b has one extra char at the end
        if (la == lb) {
            // substitution at i, or swap of i and i+1
            if (regionEquals(a, i + 1, b, i + 1, la - i - 1)) return true;
            return i + 1 < la && a[i] == b[i + 1] && a[i + 1] == b[i] && regionEquals(a, i + 2, b, i + 2, la - i - 2);
        }
        // b has one extra char at position i
        return regionEquals(a, i, b, i + 1, la - i);
    }

    private static boolean regionEquals(char[] a, int ai, char[] b, int bi, int len) {
        for (int k = 0; k < len; k++) if (a[ai + k] != b[bi + k]) return false;
        return true;
    }

    /** True when {@code b} is {@code a} with exactly one pair of adjacent characters swapped. */
    public static boolean oneTransposition(char[] a, char[] b) {
        if (a.length != b.length) return false;
        int first = -1;
        for (int i = 0; i < a.length; i++) {
            if (a[i] != b[i]) {
                first = i;
                break;
            }
        }
        if (first < 0 || first + 1 >= a.length) return false;
        if (a[first] != b[first + 1] || a[first + 1] != b[first]) return false;
        for (int i = first + 2; i < a.length; i++) {
            if (a[i] != b[i]) return false;
        }
        return true;
    }

    /** Number of positions at which equal-length strings differ; -1 when lengths differ. */
    public static int hamming(char[] a, char[] b) {
        if (a.length != b.length) return -1;
        int d = 0;
        for (int i = 0; i < a.length; i++) if (a[i] != b[i]) d++;
        return d;
    }
}
