package org.jigsaw.ingest;

/**
 * A row that could not be used, with where it was and why. {@code detail} explains the problem
 * (column, expected format) and never repeats identifiers or names from the row.
 */
public record QuarantinedRow(String source, String file, long line, String reason, String detail) {
}
