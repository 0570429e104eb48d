package org.jigsaw.ingest;

import org.jigsaw.ingest.read.BadRowReason;

/** Why a row went to quarantine: the reader's reasons plus ingest's own. */
public enum QuarantineReason {
    WRONG_COLUMN_COUNT, UNCLOSED_QUOTE, ENCODING_DAMAGE, FIELD_TOO_LONG, MALFORMED_XML,
    /** the row has no value in the definition's id column */
    MISSING_ID,
    /** a field listed under {@code required} is blank */
    MISSING_REQUIRED,
    /** a field listed under {@code required} cannot be parsed (not a date, invalid identifier…) */
    INVALID_REQUIRED,
    /** an exact copy (same id, same content) of a row already loaded */
    DUPLICATE_ROW;

    static QuarantineReason of(BadRowReason r) {
        return valueOf(r.name());
    }
}
