package org.jigsaw.ingest.read;

import java.util.List;

/** One record as read from a file, before any mapping. */
public interface Row {

    /** 1-based line (CSV, XML) or sheet row (XLSX) where the record starts. */
    long line();

    /** The value of a column (CSV, XLSX) or of a path relative to the record (XML); null when absent. */
    String get(String column);

    /** XML: the repeating elements at {@code path} as rows of their own; tabular formats have none. */
    List<Row> each(String path);

    /** The row's whole content in a canonical form, to detect exact duplicates. */
    String content();
}
