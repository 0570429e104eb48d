package org.jigsaw.ingest.rules;

import java.util.List;
import java.util.Map;
import org.jigsaw.ingest.read.Row;

/**
 * One record of a return as the rules read it: a column by its published heading (CSV, XLSX) or a
 * path relative to the record (XML), with the repeating elements under it. Raw text, before any
 * value mapping, because the rules check the codes the return itself uses.
 */
public interface Values {

    /** The value, or null when the column or element is absent. */
    String get(String column);

    /** Every value at a path (several for a repeating XML element). */
    List<String> getAll(String path);

    /** XML: the repeating elements at a path, each read as a record of its own; none for a table. */
    List<Values> each(String path);

    /** A row read from a file. Headings are matched as the loader matches them, and an en dash in a published heading also finds a hyphen. */
    static Values of(Row row) {
        return new Values() {
            @Override
            public String get(String column) {
                String v = row.get(column);
                return v != null || column.indexOf('\u2013') < 0 ? v : row.get(column.replace('\u2013', '-'));
            }

            @Override
            public List<String> getAll(String path) {
                return row.getAll(path);
            }

            @Override
            public List<Values> each(String path) {
                return row.each(path).stream().map(Values::of).toList();
            }
        };
    }

    /** A flat record from a map of heading → value (tests, and lists built from the snapshot). */
    static Values of(Map<String, String> map) {
        return new Values() {
            @Override
            public String get(String column) {
                return map.get(column);
            }

            @Override
            public List<String> getAll(String path) {
                String v = map.get(path);
                return v == null ? List.of() : List.of(v);
            }

            @Override
            public List<Values> each(String path) {
                return List.of();
            }
        };
    }
}
