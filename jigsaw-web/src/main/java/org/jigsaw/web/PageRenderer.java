package org.jigsaw.web;

import static org.jigsaw.web.view.Html.esc;

import java.util.Map;
import org.jigsaw.web.page.PageData;
import org.jigsaw.web.page.Section;
import org.jigsaw.web.view.DataTable;
import org.jigsaw.web.view.Html;
import org.jigsaw.web.view.TableView;

/** Lays out page data: heading, lede, filters, then each section's chart and tables with CSV links. */
final class PageRenderer {
    private PageRenderer() {
    }

    /** @param people whether links to individual children are kept (a role an agreement grants individual access) */
    static String body(String path, PageData data, Map<String, String> params, boolean people) {
        StringBuilder b = new StringBuilder(16_384);
        b.append("<h1 class=\"govuk-heading-l\">").append(esc(data.title())).append("</h1>");
        if (!data.lede().isEmpty()) b.append("<p class=\"govuk-body-l\">").append(esc(data.lede())).append("</p>");
        b.append(data.controlsHtml());
        String query = query(params);
        for (Section s : data.sections()) {
            b.append("<h2 class=\"govuk-heading-m\">").append(esc(s.heading())).append("</h2>").append(org.jigsaw.web.view.PeopleLinks.forRole(s.html(), people));
            for (DataTable t : s.tables()) {
                b.append("")
                        .append(TableView.render(t, "/export" + path + "/" + t.id() + ".csv" + query, people));
            }
        }
        b.append("<p class=\"govuk-body-s\">The same data as JSON: <a class=\"govuk-link\" href=\"/api").append(esc(path)).append(esc(query))
                .append("\">/api").append(esc(path)).append("</a></p>");
        return b.toString();
    }

    static String query(Map<String, String> params) {
        if (params.isEmpty()) return "";
        StringBuilder q = new StringBuilder("?");
        params.forEach((k, v) -> q.append(q.length() > 1 ? "&" : "").append(Html.url(k)).append('=').append(Html.url(v)));
        return q.toString();
    }
}
