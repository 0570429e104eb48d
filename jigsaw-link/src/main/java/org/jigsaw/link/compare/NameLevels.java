package org.jigsaw.link.compare;

import org.jigsaw.link.data.Column;
import org.jigsaw.link.data.Names;
import org.jigsaw.link.data.Transforms;

/** Levels that know about personal names. */
public final class NameLevels {

    private NameLevels() {
    }

    /** Nickname or short form of the same name (ALFIE / ALFRED), from the ingest nickname list. */
    public record Nickname() implements Level {
        @Override
        public String label() {
            return "nickname";
        }

        @Override
        public Test bind(Column c) {
            // each distinct value's set of canonical names, as small sorted int arrays
            java.util.Map<String, Integer> ids = new java.util.HashMap<>();
            int[][] sets = new int[c.distinct()][];
            for (int v = 0; v < sets.length; v++) {
                sets[v] = Names.canonicals(c.valueOf(v)).stream()
                        .mapToInt(n -> ids.computeIfAbsent(n, x -> ids.size())).sorted().toArray();
            }
            return (a, b) -> a == b || intersects(sets[a], sets[b]);
        }

        private static boolean intersects(int[] x, int[] y) {
            int i = 0, j = 0;
            while (i < x.length && j < y.length) {
                if (x[i] == y[j]) return true;
                if (x[i] < y[j]) i++;
                else j++;
            }
            return false;
        }
    }

    /** Same Double Metaphone code, primary or alternate (SIOBHAN / SHIVAUN, CATHERINE / KATHRYN). */
    public record Phonetic() implements Level {
        @Override
        public String label() {
            return "phonetic";
        }

        @Override
        public Test bind(Column c) {
            int[] p = c.derive("metaphone", Transforms.named("metaphone")).map();
            int[] alt = c.derive("metaphone_alt", Transforms.named("metaphone_alt")).map();
            return (a, b) -> (p[a] >= 0 && p[a] == p[b]) || (alt[a] >= 0 && alt[a] == alt[b]);
        }
    }

    /**
     * This field of one record equals the other field of the other record, in either direction
     * (given and family name swapped), allowing one typo.
     */
    public record Swapped(String otherField) implements Level.CrossField {
        @Override
        public String label() {
            return "swapped_with_" + otherField;
        }

        @Override
        public RowTest bind(Column own, Column other) {
            return (i, j, a, b) -> close(own, a, other, other.id(j)) || close(own, b, other, other.id(i));
        }

        private static boolean close(Column own, int v, Column other, int w) {
            if (w < 0) return false;
            char[] x = own.chars(v), y = other.chars(w);
            return StringMetrics.damerauLevenshtein(x, y, 1) <= 1;
        }
    }
}
