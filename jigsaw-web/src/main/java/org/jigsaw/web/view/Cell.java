package org.jigsaw.web.view;

/**
 * One table cell as it may leave Jigsaw: {@code text} is what every output shows (screen, CSV,
 * API), already suppressed; {@code value} is the number charts may plot, null when the cell is
 * text or was suppressed; {@code href} optionally links the cell on screen.
 */
public record Cell(String text, Double value, String href) {

    public static Cell text(String text) {
        return new Cell(text == null ? "" : text, null, null);
    }

    public static Cell link(String text, String href) {
        return new Cell(text, null, href);
    }

    public static Cell number(String text, Double value) {
        return new Cell(text, value, null);
    }

    public boolean numeric() {
        return value != null;
    }
}
