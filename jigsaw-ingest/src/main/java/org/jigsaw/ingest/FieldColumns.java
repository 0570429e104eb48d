package org.jigsaw.ingest;

import java.util.List;
import org.jigsaw.ingest.read.Header;
import org.jigsaw.ingest.read.Row;
import org.jigsaw.ingest.read.TabularRow;

/**
 * Reads each mapped field's raw value from a row: its column, or the first non-blank of its
 * alternative columns ({@code sex: [Sex, GenderCurrent]}). Column positions are resolved once per
 * header, so a tabular row is read by index; a column the row's own table lacks is looked up by
 * name in the joined rows. One instance per thread (the reading thread and the loader's thread
 * each keep their own positions).
 */
final class FieldColumns {
    private final String[][] columns;
    private final int[][] index;
    private Header header;
    /** Which alternative gave the last value read: its value mapping applies. */
    private int chosen;

    FieldColumns(List<String[]> columns) {
        this.columns = columns.toArray(new String[0][]);
        this.index = new int[this.columns.length][];
        for (int i = 0; i < this.columns.length; i++) index[i] = new int[this.columns[i].length];
    }

    /** The alternative that gave the value of the last {@link #raw} call. */
    int chosen() {
        return chosen;
    }

    /** Field {@code spec}'s raw value, or null when none of its columns is in the row. */
    String raw(int spec, Row row) {
        chosen = 0;
        TabularRow tab = row instanceof TabularRow t ? t : row instanceof JoinedRow j && j.main() instanceof TabularRow t2 ? t2 : null;
        String[] names = columns[spec];
        if (tab == null) return byName(names, row);
        if (tab.header() != header) resolve(tab.header());
        int[] ix = index[spec];
        if (ix.length == 1) {
            // the common case: one column, read by position
            return ix[0] >= 0 ? tab.field(ix[0]) : row == tab ? null : row.get(names[0]);
        }
        String first = null;
        int firstAt = 0;
        for (int k = 0; k < ix.length; k++) {
            String v = ix[k] >= 0 ? tab.field(ix[k]) : row == tab ? null : row.get(names[k]);
            if (v == null) continue;
            if (!v.isBlank()) {
                chosen = k;
                return v;
            }
            if (first == null) {
                first = v;
                firstAt = k;
            }
        }
        chosen = firstAt;
        return first;
    }

    private String byName(String[] names, Row row) {
        String first = null;
        int firstAt = 0;
        for (int k = 0; k < names.length; k++) {
            String v = row.get(names[k]);
            if (v == null) continue;
            if (names.length == 1 || !v.isBlank()) {
                chosen = k;
                return v;
            }
            if (first == null) {
                first = v;
                firstAt = k;
            }
        }
        chosen = firstAt;
        return first;
    }

    private void resolve(Header h) {
        header = h;
        for (int i = 0; i < columns.length; i++) {
            for (int k = 0; k < columns[i].length; k++) index[i][k] = h.indexOf(columns[i][k]);
        }
    }
}
