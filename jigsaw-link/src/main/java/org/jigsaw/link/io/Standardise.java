package org.jigsaw.link.io;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.IntStream;
import org.jigsaw.link.data.FieldValues;
import org.jigsaw.link.data.RecordTable;

/** Raw columns by canonical field → a standardised {@link RecordTable}, column by column in parallel. */
public final class Standardise {

    private Standardise() {
    }

    public static RecordTable table(String[] keys, int[] sources, List<String> sourceNames, Map<String, String[]> raw) {
        List<Map.Entry<String, String[]>> cols = new ArrayList<>(raw.entrySet());
        String[][] out = new String[cols.size()][];
        int n = keys.length;
        IntStream.range(0, cols.size()).parallel().forEach(c -> {
            UnaryOperator<String> std = FieldValues.standardiser(cols.get(c).getKey());
            String[] in = cols.get(c).getValue();
            String[] o = new String[n];
            // each distinct raw value is standardised once
            Map<String, String> memo = new java.util.HashMap<>();
            for (int i = 0; i < n; i++) {
                String v = in[i];
                if (v == null || v.isBlank()) continue;
                String s = memo.get(v);
                if (s == null && !memo.containsKey(v)) {
                    s = std.apply(v.trim());
                    memo.put(v, s);
                }
                o[i] = s;
            }
            out[c] = o;
        });
        Map<String, String[]> values = new LinkedHashMap<>();
        for (int c = 0; c < cols.size(); c++) values.put(cols.get(c).getKey(), out[c]);
        return RecordTable.fromColumns(keys, sources, sourceNames, values);
    }
}
