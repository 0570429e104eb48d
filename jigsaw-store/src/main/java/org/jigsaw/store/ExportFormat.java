package org.jigsaw.store;

import java.util.Locale;

/** Formats {@code jigsaw export} writes. */
public enum ExportFormat {
    PARQUET, CSV;

    public static ExportFormat parse(String s) {
        try {
            return valueOf(s.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("format must be parquet or csv, got '" + s + "'");
        }
    }
}
