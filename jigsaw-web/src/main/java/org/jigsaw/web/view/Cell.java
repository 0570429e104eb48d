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

    /** Where links to lists of individual children start: rendered only for a role that may open them. */
    public static final String PEOPLE = "/people/";

    /**
     * A released count that, for a role an agreement grants individual access, links to the
     * children behind it ({@code href} under {@link #PEOPLE}); everyone else sees the count alone.
     */
    public static Cell people(Cell count, String href) {
        if (!href.startsWith(PEOPLE)) throw new IllegalArgumentException("not a link to individuals");
        return new Cell(count.text(), count.value(), href);
    }

    /** Whether the link leads to individual children. */
    public boolean toPeople() {
        return href != null && href.startsWith(PEOPLE);
    }

    public boolean numeric() {
        return value != null;
    }
}
