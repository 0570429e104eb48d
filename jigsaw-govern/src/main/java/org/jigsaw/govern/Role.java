package org.jigsaw.govern;

import java.util.Locale;

/** Dashboard and API roles, each seeing more than the one before. */
public enum Role {
    /** suppressed aggregates only */
    BOARD,
    /** aggregates, data quality, linkage quality, clerical review */
    ANALYST,
    /** adds drill-down to individual children, purpose recorded */
    OPERATIONAL,
    /** adds agreements and audit */
    ADMIN;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Role fromKey(String key) {
        return valueOf(key.trim().toUpperCase(Locale.ROOT));
    }
}
