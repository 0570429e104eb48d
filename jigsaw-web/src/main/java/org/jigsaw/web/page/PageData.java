package org.jigsaw.web.page;

import java.util.List;
import java.util.Optional;
import org.jigsaw.web.view.DataTable;

/** What a page shows, before layout: the same object feeds the HTML page, CSV exports and the API. */
public record PageData(String title, String lede, String controlsHtml, List<Section> sections) {

    public Optional<DataTable> table(String id) {
        return sections.stream().flatMap(s -> s.tables().stream()).filter(t -> t.id().equals(id)).findFirst();
    }

    public List<DataTable> tables() {
        return sections.stream().flatMap(s -> s.tables().stream()).toList();
    }

    public long rows() {
        return tables().stream().mapToLong(t -> t.rows().size()).sum();
    }
}
