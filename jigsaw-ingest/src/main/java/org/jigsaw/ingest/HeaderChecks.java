package org.jigsaw.ingest;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jigsaw.ingest.read.BadRowReason;
import org.jigsaw.ingest.read.Row;
import org.jigsaw.ingest.read.RowSink;

/**
 * Data-quality findings about one tabular file's header, whatever its format: a column name used
 * twice (lookups are by name, so only the first is read and the other column is silently ignored)
 * and a header with no data rows under it (an export that stopped after the first line). Both go
 * to the sink as notices, which the source reports as findings and warnings against the file.
 */
final class HeaderChecks implements RowSink {
    static final String DUPLICATE_HEADER = "duplicate_header";
    static final String HEADER_ONLY = "header_only";

    private final RowSink inner;
    private boolean headed;
    private long rows;

    HeaderChecks(RowSink inner) {
        this.inner = inner;
    }

    @Override
    public void header(List<String> columns) {
        inner.header(columns);
        // after the sink accepted it: a header refused (a required column missing) is reported there
        headed = !columns.isEmpty();
        Map<String, Integer> seen = new LinkedHashMap<>();
        Map<String, String> spelled = new LinkedHashMap<>();
        for (String c : columns) {
            String name = c == null ? "" : c.strip();
            if (name.isEmpty()) continue;
            String key = name.toLowerCase(Locale.ROOT);
            seen.merge(key, 1, Integer::sum);
            spelled.putIfAbsent(key, name);
        }
        seen.forEach((key, n) -> {
            if (n > 1) {
                inner.notice(DUPLICATE_HEADER, "the column name '" + spelled.get(key) + "' appears " + n
                        + " times in the header; only the first of them is read");
            }
        });
    }

    @Override
    public void row(Row row) {
        rows++;
        inner.row(row);
    }

    @Override
    public void bad(long line, BadRowReason reason, String detail) {
        rows++;
        inner.bad(line, reason, detail);
    }

    @Override
    public void notice(String kind, String message) {
        inner.notice(kind, message);
    }

    /** Call once the file has been read to its end. */
    void end() {
        if (headed && rows == 0) inner.notice(HEADER_ONLY, "the file has a header row but no data rows");
    }
}
