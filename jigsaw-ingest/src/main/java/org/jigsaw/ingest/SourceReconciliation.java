package org.jigsaw.ingest;

import java.time.LocalDate;

/** Per source and run: rows read = rows loaded + rows quarantined, always. */
public record SourceReconciliation(String source, String dataset, String agency, String files,
                                   LocalDate extractDate, long rowsRead, long rowsLoaded, long rowsQuarantined) {

    public boolean reconciles() {
        return rowsRead == rowsLoaded + rowsQuarantined;
    }

    public String line() {
        return String.format("%s: %,d rows read = %,d loaded + %,d quarantined%s", source, rowsRead, rowsLoaded,
                rowsQuarantined, reconciles() ? "" : "  ** DOES NOT RECONCILE **");
    }
}
