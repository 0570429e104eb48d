package org.jigsaw.link.compare;

import org.jigsaw.link.data.Column;

/** Levels for identifiers (NHS number, UPN, any reference number). */
public final class IdentifierLevels {

    private IdentifierLevels() {
    }

    /** Two adjacent characters swapped: the commonest keying error in a number. */
    public record Transposition() implements Level {
        @Override
        public String label() {
            return "one_transposition";
        }

        @Override
        public Test bind(Column c) {
            char[][] ch = StringLevels.chars(c);
            return (a, b) -> StringMetrics.oneTransposition(ch[a], ch[b]);
        }
    }

    /** Same length, at most {@code max} characters differ in place. */
    public record Substitutions(int max) implements Level {
        @Override
        public String label() {
            return "substitutions<=" + max;
        }

        @Override
        public Test bind(Column c) {
            char[][] ch = StringLevels.chars(c);
            return (a, b) -> {
                int h = StringMetrics.hamming(ch[a], ch[b]);
                return h >= 0 && h <= max;
            };
        }
    }
}
