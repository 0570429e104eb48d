package org.jigsaw.link.spec;

/** Parsing of blocking keys written {@code field} or {@code field:transform}. */
public final class BlockingKeys {

    private BlockingKeys() {
    }

    public static String field(String key) {
        int c = key.indexOf(':');
        return (c < 0 ? key : key.substring(0, c)).trim();
    }

    /** The transform name, {@code value} when none is given. */
    public static String transform(String key) {
        int c = key.indexOf(':');
        return c < 0 ? "value" : key.substring(c + 1).trim();
    }
}
