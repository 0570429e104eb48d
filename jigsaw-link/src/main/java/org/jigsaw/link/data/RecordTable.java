package org.jigsaw.link.data;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The records to link, column by column: record keys, the source each came from, and one
 * {@link Column} per field. Row numbers are the records' identities inside the linker.
 */
public final class RecordTable {

    private final String[] keys;
    private final int[] sources;
    private final List<String> sourceNames;
    private final Map<String, Column> columns;

    public RecordTable(String[] keys, int[] sources, List<String> sourceNames, Map<String, Column> columns) {
        if (keys.length != sources.length) throw new IllegalArgumentException("keys and sources differ in length");
        for (Column c : columns.values()) {
            if (c.size() != keys.length) throw new IllegalArgumentException("column " + c.name() + " has the wrong length");
        }
        this.keys = keys;
        this.sources = sources;
        this.sourceNames = List.copyOf(sourceNames);
        this.columns = Collections.unmodifiableMap(new LinkedHashMap<>(columns));
    }

    public int size() {
        return keys.length;
    }

    public String key(int row) {
        return keys[row];
    }

    public int source(int row) {
        return sources[row];
    }

    public List<String> sourceNames() {
        return sourceNames;
    }

    public String sourceName(int row) {
        return sourceNames.get(sources[row]);
    }

    public boolean has(String field) {
        Column c = columns.get(field);
        return c != null && c.nonBlank() > 0;
    }

    public Column column(String field) {
        Column c = columns.get(field);
        if (c == null) throw new IllegalArgumentException("no field '" + field + "' in the records");
        return c;
    }

    public Map<String, Column> columns() {
        return columns;
    }

    /** This table with one more (or a replaced) column. */
    public RecordTable with(Column column) {
        Map<String, Column> cols = new LinkedHashMap<>(columns);
        cols.put(column.name(), column);
        return new RecordTable(keys, sources, sourceNames, cols);
    }

    /** Builds a table from rows of field → value (values already standardised). */
    public static RecordTable fromRows(List<String> keys, List<String> sourceOfRow, List<Map<String, String>> rows) {
        int n = keys.size();
        Map<String, String[]> values = new LinkedHashMap<>();
        List<String> names = new ArrayList<>();
        Map<String, Integer> sourceIndex = new LinkedHashMap<>();
        int[] sources = new int[n];
        for (int i = 0; i < n; i++) {
            String s = sourceOfRow.get(i);
            Integer idx = sourceIndex.get(s);
            if (idx == null) {
                idx = names.size();
                names.add(s);
                sourceIndex.put(s, idx);
            }
            sources[i] = idx;
            for (Map.Entry<String, String> e : rows.get(i).entrySet()) {
                values.computeIfAbsent(e.getKey(), k -> new String[n])[i] = e.getValue();
            }
        }
        return fromColumns(keys.toArray(String[]::new), sources, names, values);
    }

    /** Builds a table from columnar arrays; columns are encoded in parallel. */
    public static RecordTable fromColumns(String[] keys, int[] sources, List<String> sourceNames, Map<String, String[]> values) {
        Map<String, Column> cols = new LinkedHashMap<>();
        List<Map.Entry<String, String[]>> entries = new ArrayList<>(values.entrySet());
        Column[] built = new Column[entries.size()];
        java.util.stream.IntStream.range(0, entries.size()).parallel()
                .forEach(i -> built[i] = Column.of(entries.get(i).getKey(), entries.get(i).getValue()));
        for (int i = 0; i < built.length; i++) cols.put(entries.get(i).getKey(), built[i]);
        return new RecordTable(keys, sources, sourceNames, cols);
    }
}
