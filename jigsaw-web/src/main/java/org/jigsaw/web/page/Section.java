package org.jigsaw.web.page;

import java.util.List;
import org.jigsaw.web.view.DataTable;

/**
 * A part of a page: a heading, optional pre-rendered markup (KPI cards, a chart — built only
 * from disclosed cells) and the tables that carry its figures.
 */
public record Section(String heading, String html, List<DataTable> tables) {

    public static Section of(String heading, String html, DataTable... tables) {
        return new Section(heading, html == null ? "" : html, List.of(tables));
    }
}
