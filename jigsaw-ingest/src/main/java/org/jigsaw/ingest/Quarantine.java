package org.jigsaw.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Rows of one source that could not be used, with where they were and why. Details never repeat
 * values from the row, so the quarantine can be shown to anyone who may see data quality.
 */
public final class Quarantine {
    private final String source;
    private final List<QuarantinedRow> rows = new ArrayList<>();
    private final Map<QuarantineReason, Long> counts = new EnumMap<>(QuarantineReason.class);

    public Quarantine(String source) {
        this.source = source;
    }

    public void add(String file, long line, QuarantineReason reason, String detail) {
        rows.add(new QuarantinedRow(source, file, line, reason.name(), detail));
        counts.merge(reason, 1L, Long::sum);
    }

    public List<QuarantinedRow> rows() {
        return Collections.unmodifiableList(rows);
    }

    public long size() {
        return rows.size();
    }

    public Map<QuarantineReason, Long> countsByReason() {
        return Collections.unmodifiableMap(counts);
    }

    /** Writes quarantined rows (no row content, only where and why) as CSV through {@link SafeCsv}. */
    public static void writeCsv(List<QuarantinedRow> rows, Path file) throws IOException {
        try (SafeCsv csv = SafeCsv.create(file)) {
            csv.row("source", "file", "line", "reason", "detail");
            for (QuarantinedRow r : rows) csv.row(r.source(), r.file(), r.line(), r.reason(), r.detail());
        }
    }
}
