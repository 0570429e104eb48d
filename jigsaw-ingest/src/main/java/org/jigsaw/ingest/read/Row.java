package org.jigsaw.ingest.read;

import java.util.List;

/** One record as read from a file, before any mapping. */
public interface Row {

    /** 1-based line (CSV, XML) or sheet row (XLSX) where the record starts. */
    long line();

    /** The value of a column (CSV, XLSX) or of a path relative to the record (XML); null when absent. */
    String get(String column);

    /** Every value at {@code column}: several for a repeating XML element, at most one otherwise. */
    default List<String> getAll(String column) {
        String v = get(column);
        return v == null ? List.of() : List.of(v);
    }

    /** XML: the repeating elements at {@code path} as rows of their own; tabular formats have none. */
    List<Row> each(String path);

    /** The row's whole content in a canonical form, to detect exact duplicates. */
    String content();

    /** A 64-bit FNV-1a hash of {@link #content()}: tells rows apart without keeping them. */
    default long contentHash() {
        String s = content();
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        return h;
    }
}
