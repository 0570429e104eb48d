package org.jigsaw.ingest.read;

/** Why a reader could not deliver a row; ingest adds its own reasons for rows it cannot use. */
public enum BadRowReason {
    /** the row has more or fewer fields than the header */
    WRONG_COLUMN_COUNT,
    /** a quoted field is never closed (typically a truncated last line) */
    UNCLOSED_QUOTE,
    /** bytes that are not text in the declared encoding, or control characters */
    ENCODING_DAMAGE,
    /** a field longer than any real value (the reader's limit) */
    FIELD_TOO_LONG,
    /** the XML stopped being well-formed inside this record */
    MALFORMED_XML
}
