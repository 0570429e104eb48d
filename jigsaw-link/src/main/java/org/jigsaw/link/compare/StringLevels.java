package org.jigsaw.link.compare;

import org.jigsaw.link.data.Column;
import org.jigsaw.link.data.Transforms;

/** Levels on the characters of a value. */
public final class StringLevels {

    private StringLevels() {
    }

    static char[][] chars(Column c) {
        char[][] out = new char[c.distinct()][];
        for (int i = 0; i < out.length; i++) out[i] = c.chars(i);
        return out;
    }

    public record Exact() implements Level {
        @Override
        public String label() {
            return "exact";
        }

        @Override
        public Test bind(Column c) {
            return (a, b) -> a == b;
        }
    }

    public record JaroWinkler(double threshold) implements Level {
        @Override
        public String label() {
            return "jaro_winkler>=" + threshold;
        }

        @Override
        public Test bind(Column c) {
            char[][] ch = chars(c);
            return (a, b) -> a == b || StringMetrics.jaroWinkler(ch[a], ch[b]) >= threshold;
        }
    }

    public record DamerauLevenshtein(int max) implements Level {
        @Override
        public String label() {
            return "damerau_levenshtein<=" + max;
        }

        @Override
        public Test bind(Column c) {
            char[][] ch = chars(c);
            return (a, b) -> a == b || StringMetrics.damerauLevenshtein(ch[a], ch[b], max) <= max;
        }
    }

    /** One value is the start of the other ("ALEX" / "ALEXANDER", "J" / "JAMES"). */
    public record Prefix(int minLength) implements Level {
        @Override
        public String label() {
            return "prefix";
        }

        @Override
        public Test bind(Column c) {
            return (a, b) -> {
                String x = c.valueOf(a), y = c.valueOf(b);
                if (x.length() > y.length()) {
                    String t = x;
                    x = y;
                    y = t;
                }
                return x.length() >= minLength && y.startsWith(x);
            };
        }
    }

    /** The same key under a named transform ({@code soundex}, {@code first3}, {@code sorted_tokens} …). */
    public record SameKey(String transform) implements Level {
        public SameKey {
            Transforms.named(transform); // fail at load time on an unknown name
        }

        @Override
        public String label() {
            return "same_" + transform;
        }

        @Override
        public Test bind(Column c) {
            int[] map = c.derive(transform, Transforms.named(transform)).map();
            return (a, b) -> map[a] >= 0 && map[a] == map[b];
        }
    }

    /** Share at least {@code threshold} of their space-separated tokens (Jaccard), for addresses. */
    /**
     * Every part of one name (split at spaces and hyphens) is a part of the other: a
     * double-barrelled family name recorded as one of its parts (SMITH / SMITH-LEWANDOWSKI,
     * DAVIS / DAVIS-VAN DER BERG). Parts of one letter do not count.
     */
    public record PartOf() implements Level {
        @Override
        public String label() {
            return "part_of";
        }

        @Override
        public Test bind(Column c) {
            java.util.Set<?>[] parts = new java.util.Set<?>[c.distinct()];
            for (int i = 0; i < parts.length; i++) {
                java.util.Set<String> p = new java.util.HashSet<>();
                for (String t : c.valueOf(i).split("[ -]+")) if (t.length() > 1) p.add(t);
                parts[i] = p;
            }
            return (a, b) -> {
                java.util.Set<?> x = parts[a], y = parts[b];
                if (x.isEmpty() || y.isEmpty() || x.size() == y.size()) return false;
                return x.size() < y.size() ? y.containsAll(x) : x.containsAll(y);
            };
        }
    }

    public record TokenOverlap(double threshold) implements Level {
        @Override
        public String label() {
            return "token_overlap>=" + threshold;
        }

        @Override
        public Test bind(Column c) {
            String[][] tokens = new String[c.distinct()][];
            for (int i = 0; i < tokens.length; i++) tokens[i] = c.valueOf(i).split(" ");
            return (a, b) -> {
                String[] x = tokens[a], y = tokens[b];
                int common = 0;
                for (String s : x) {
                    for (String t : y) {
                        if (s.equals(t)) {
                            common++;
                            break;
                        }
                    }
                }
                int union = x.length + y.length - common;
                return union > 0 && (double) common / union >= threshold;
            };
        }
    }

    /** Equal here and equal (both present) on another field too: same postcode and same house number. */
    public record ExactWith(String otherField) implements Level.CrossField {
        @Override
        public String label() {
            return "exact_with_" + otherField;
        }

        @Override
        public RowTest bind(Column own, Column other) {
            return (i, j, a, b) -> {
                if (a != b) return false;
                int x = other.id(i);
                return x >= 0 && x == other.id(j);
            };
        }
    }
}
