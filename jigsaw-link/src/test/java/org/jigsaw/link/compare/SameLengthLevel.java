package org.jigsaw.link.compare;

import org.jigsaw.link.data.Column;

/** A level kind outside the installed ones, for tests of registering one: the two values are as long. */
public record SameLengthLevel() implements Level {

    public static final String KIND = "same_length";

    @Override
    public String label() {
        return KIND;
    }

    @Override
    public Test bind(Column c) {
        return (a, b) -> c.valueOf(a).length() == c.valueOf(b).length();
    }
}
