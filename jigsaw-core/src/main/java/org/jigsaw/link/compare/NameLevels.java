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
            return (a, b) -> a == b || Names.equivalent(c.valueOf(a), c.valueOf(b));
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
}
