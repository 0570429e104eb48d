package org.jigsaw.web.view;

import static org.jigsaw.web.view.Html.esc;

import java.util.List;

/** Renders a {@link DataTable} as a GOV.UK table, with a link to the same table as CSV. */
public final class TableView {
    private TableView() {
    }

    /** @param csvHref where the same table downloads as CSV, or null for no link */
    public static String render(DataTable t, String csvHref) {
        return render(t, csvHref, false);
    }

    /**
     * @param people whether links to individual children ({@link Cell#toPeople}) are shown: only
     *               for a role an agreement grants individual access; otherwise the count alone
     */
    public static String render(DataTable t, String csvHref, boolean people) {
        StringBuilder b = new StringBuilder(512 + t.rows().size() * 96);
        // a wide table scrolls sideways on small screens: the region must be reachable by keyboard (WCAG 2.1.1)
        b.append("<div class=\"jigsaw-table-scroll\" tabindex=\"0\" role=\"region\" aria-label=\"").append(esc(t.caption())).append("\">");
        b.append("<table class=\"govuk-table\" id=\"").append(esc(t.id())).append("\">");
        b.append("<caption class=\"govuk-table__caption govuk-table__caption--s\">").append(esc(t.caption())).append("</caption>");
        b.append("<thead class=\"govuk-table__head\"><tr class=\"govuk-table__row\">");
        for (Column c : t.columns()) {
            b.append("<th scope=\"col\" class=\"govuk-table__header")
                    .append(c.numeric() ? " govuk-table__header--numeric" : "").append("\">")
                    .append(esc(c.label())).append("</th>");
        }
        b.append("</tr></thead><tbody class=\"govuk-table__body\">");
        if (t.rows().isEmpty()) {
            b.append("<tr class=\"govuk-table__row\"><td class=\"govuk-table__cell\" colspan=\"")
                    .append(t.columns().size()).append("\">No rows.</td></tr>");
        }
        for (List<Cell> row : t.rows()) {
            b.append("<tr class=\"govuk-table__row\">");
            for (int i = 0; i < row.size(); i++) {
                Cell cell = row.get(i);
                boolean numeric = t.columns().get(i).numeric();
                String tag = i == 0 ? "th scope=\"row\"" : "td";
                b.append('<').append(tag).append(" class=\"govuk-table__")
                        .append(i == 0 ? "header" : "cell").append(numeric ? " govuk-table__cell--numeric" : "").append("\">");
                if (cell.href() != null && (people || !cell.toPeople())) {
                    b.append("<a class=\"govuk-link\" href=\"").append(esc(cell.href())).append("\">").append(esc(cell.text())).append("</a>");
                } else {
                    b.append(esc(cell.text()));
                }
                b.append("</").append(i == 0 ? "th" : "td").append('>');
            }
            b.append("</tr>");
        }
        b.append("</tbody></table></div>");
        if (csvHref != null) {
            b.append("<p class=\"govuk-body-s\"><a class=\"govuk-link\" download href=\"").append(esc(csvHref))
                    .append("\">Download ").append(esc(t.caption().toLowerCase(java.util.Locale.ROOT)))
                    .append(" as CSV<span class=\"govuk-visually-hidden\"> (table ").append(esc(t.id())).append(")</span></a></p>");
        }
        return b.toString();
    }
}
