package org.jigsaw.ingest.read;

/**
 * A problem that stops one file from being read at all: missing column, sheet not found, XML not
 * well-formed before the first record, empty file. The message names the file, line and column
 * where known, never a value from the file. Unchecked because it is raised from inside streaming
 * parser callbacks.
 */
public final class SourceFileException extends RuntimeException {
    private final String file;
    private final long line;
    private final String column;

    public SourceFileException(String file, long line, String column, String message) {
        super(message);
        this.file = file;
        this.line = line;
        this.column = column;
    }

    public String file() {
        return file;
    }

    /** 0 when the problem is not on one line. */
    public long line() {
        return line;
    }

    /** null when the problem is not about one column. */
    public String column() {
        return column;
    }
}
