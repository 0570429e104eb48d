package org.jigsaw.web.view;

import java.util.ArrayList;
import java.util.List;

/**
 * A table of already-disclosed cells. The same object is rendered as HTML, written as CSV and
 * served as JSON, so the three can never disagree about what is suppressed.
 */
public record DataTable(String id, String caption, List<Column> columns, List<List<Cell>> rows) {

    public DataTable {
        columns = List.copyOf(columns);
        rows = rows.stream().map(List::copyOf).toList();
        for (List<Cell> r : rows) {
            if (r.size() != columns.size()) {
                throw new IllegalArgumentException("table " + id + ": row of " + r.size() + " cells for " + columns.size() + " columns");
            }
        }
    }

    /** Builds a table row by row. */
    public static Builder builder(String id, String caption) {
        return new Builder(id, caption);
    }

    public static final class Builder {
        private final String id;
        private final String caption;
        private final List<Column> columns = new ArrayList<>();
        private final List<List<Cell>> rows = new ArrayList<>();

        private Builder(String id, String caption) {
            this.id = id;
            this.caption = caption;
        }

        public Builder column(Column c) {
            columns.add(c);
            return this;
        }

        public Builder row(Cell... cells) {
            rows.add(List.of(cells));
            return this;
        }

        public Builder row(List<Cell> cells) {
            rows.add(cells);
            return this;
        }

        public DataTable build() {
            return new DataTable(id, caption, columns, rows);
        }
    }
}
