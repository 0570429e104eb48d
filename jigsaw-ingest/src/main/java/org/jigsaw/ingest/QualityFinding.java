package org.jigsaw.ingest;

/**
 * One data-quality measure: {@code count} of {@code denominator} rows of {@code source} (null for
 * a cross-source check) fail {@code check} on {@code field}.
 */
public record QualityFinding(String source, String field, String check, long count, long denominator, String detail) {
}
