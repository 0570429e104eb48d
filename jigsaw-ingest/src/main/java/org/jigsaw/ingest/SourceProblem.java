package org.jigsaw.ingest;

/**
 * Something wrong with a source definition or its files, located as precisely as possible.
 * Messages never quote values from the extract (they may be identifiers).
 *
 * @param source   source name (or the YAML file name when the definition cannot be read)
 * @param file     the file concerned, relative to the area folder
 * @param line     1-based line, 0 when not about one line
 * @param column   column or XML path, null when not about one column
 * @param severity ERROR stops the file being loaded or marks the definition wrong; WARNING is reported only
 */
public record SourceProblem(String source, String file, long line, String column, Severity severity, String message) {

    public enum Severity { ERROR, WARNING }

    /** {@code file:line: [column] message}, the shape compilers use so editors can jump to it. */
    public String describe() {
        StringBuilder sb = new StringBuilder();
        sb.append(file == null ? source : file);
        if (line > 0) sb.append(':').append(line);
        sb.append(": ").append(severity == Severity.ERROR ? "error" : "warning").append(": ");
        if (column != null) sb.append("column '").append(column).append("': ");
        sb.append(message);
        if (file != null && source != null && !message.contains(source)) sb.append(" (source ").append(source).append(')');
        return sb.toString();
    }
}
