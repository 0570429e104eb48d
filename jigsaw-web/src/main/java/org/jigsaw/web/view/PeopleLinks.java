package org.jigsaw.web.view;

import static org.jigsaw.web.view.Html.esc;

import java.util.regex.Pattern;

/**
 * Links from a figure to the children behind it, in page markup that is cached for every role:
 * the page writes them between markers and the renderer keeps them only for a role an agreement
 * grants individual access, so a board never sees a link to individuals.
 */
public final class PeopleLinks {
    private static final String OPEN = "<!--people-->";
    private static final String CLOSE = "<!--/people-->";
    private static final Pattern MARKED = Pattern.compile(Pattern.quote(OPEN) + ".*?" + Pattern.quote(CLOSE), Pattern.DOTALL);

    private PeopleLinks() {
    }

    /** A paragraph with a link to the list of children at {@code href} (under {@link Cell#PEOPLE}). */
    public static String paragraph(String href, String text) {
        if (!href.startsWith(Cell.PEOPLE)) throw new IllegalArgumentException("not a link to individuals");
        return OPEN + "<p class=\"govuk-body-s jigsaw-people-link\"><a class=\"govuk-link\" href=\"" + esc(href) + "\">" + esc(text) + "</a></p>" + CLOSE;
    }

    /** The markup as a role sees it: with the links for one that may open them, without for anyone else. */
    public static String forRole(String html, boolean people) {
        if (html.indexOf(OPEN) < 0) return html;
        return people ? html.replace(OPEN, "").replace(CLOSE, "") : MARKED.matcher(html).replaceAll("");
    }
}
