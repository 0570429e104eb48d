package org.jigsaw.area;

import java.io.IOException;

/**
 * A configuration file (area.yaml, a source definition, an agreement, users.yaml…) that cannot be
 * read, said in one line a person can act on: the file, the line and column (1-based; 0 when not
 * known) and what is wrong in plain words, with no parser or Java class names.
 */
public final class ConfigFileException extends IOException {
    private final String file;
    private final int line;
    private final int column;
    private final String problem;

    public ConfigFileException(String file, int line, int column, String problem, Throwable cause) {
        super(format(file, line, column, problem), cause);
        this.file = file;
        this.line = line;
        this.column = column;
        this.problem = problem;
    }

    /** {@code sources/cin.yaml line 4, column 3: unknown key 'feilds' …} */
    static String format(String file, int line, int column, String problem) {
        if (line <= 0) return file + ": " + problem;
        return file + " line " + line + (column > 0 ? ", column " + column : "") + ": " + problem;
    }

    /** The file as the person named it (relative to the area folder where there is one). */
    public String file() {
        return file;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }

    /** What is wrong, without the location. */
    public String problem() {
        return problem;
    }
}
