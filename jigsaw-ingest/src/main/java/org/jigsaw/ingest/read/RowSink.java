package org.jigsaw.ingest.read;

import java.util.List;

/** Receives what a reader finds in one file, in file order. */
public interface RowSink {

    /**
     * The column names (CSV, XLSX); XML files report none. Called once, before any row. May throw
     * {@link SourceFileException} to stop reading (e.g. a required column is missing).
     */
    void header(List<String> columns);

    /** A record that was read intact. */
    void row(Row row);

    /** A record that could not be read (wrong column count, damaged bytes…): it goes to quarantine. */
    void bad(long line, BadRowReason reason, String detail);

    /**
     * Something about the whole file worth reporting that did not stop it being read, e.g. the
     * declared delimiter was wrong and the detected one was used. {@code kind} is a short check key.
     */
    default void notice(String kind, String message) {
    }
}
