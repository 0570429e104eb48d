package org.jigsaw.link.incremental;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.commons.codec.digest.MurmurHash3;
import org.jigsaw.link.data.Column;
import org.jigsaw.link.data.RecordTable;

/**
 * A 128-bit fingerprint of every row over every column the linker sees (after standardisation
 * and virtual fields): two rows with equal fingerprints compare identically with any third row.
 */
final class RowFingerprints {

    private RowFingerprints() {
    }

    /** {@code [2 * row]} and {@code [2 * row + 1]} hold the two halves of the row's fingerprint. */
    static long[] of(RecordTable table) {
        List<String> names = new ArrayList<>(table.columns().keySet());
        names.sort(null);
        List<Column> columns = names.stream().map(table::column).toList();
        long[] out = new long[table.size() * 2];
        IntStream.range(0, table.size()).parallel().forEach(i -> {
            StringBuilder b = new StringBuilder(128);
            for (int c = 0; c < columns.size(); c++) {
                String v = columns.get(c).value(i);
                // the column name keeps "a|" + "" apart from "" + "a|"; \u0000 marks a missing value
                b.append(names.get(c)).append('=').append(v == null ? "\u0000" : v).append('\u0001');
            }
            long[] h = MurmurHash3.hash128x64(b.toString().getBytes(StandardCharsets.UTF_8));
            out[2 * i] = h[0];
            out[2 * i + 1] = h[1];
        });
        return out;
    }
}
