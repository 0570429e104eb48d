package org.jigsaw.web.view;

/** A table column: {@code key} names it in CSV headers and the API, {@code label} on screen. */
public record Column(String key, String label, boolean numeric) {

    public static Column text(String key, String label) {
        return new Column(key, label, false);
    }

    public static Column number(String key, String label) {
        return new Column(key, label, true);
    }
}
