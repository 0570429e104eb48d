/**
 * Format readers (CSV, XLSX, XML) that turn an extract file into {@link org.jigsaw.ingest.read.Row}s
 * pushed to a {@link org.jigsaw.ingest.read.RowSink}. Readers never decide what a row means; they
 * report rows they cannot split or decode as bad rows so ingest can quarantine them, and
 * problems that make the whole file unreadable as {@link org.jigsaw.ingest.read.SourceFileException}.
 */
package org.jigsaw.ingest.read;
