package org.jigsaw.link.data;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jigsaw.record.Field;
import org.jigsaw.record.SourceRecord;

/** Ingested records (already standardised by ingest) as a {@link RecordTable}. */
public final class AreaRecords {

    private AreaRecords() {
    }

    public static RecordTable toTable(List<SourceRecord> records) {
        return toTable(records, Map.of());
    }

    /**
     * As {@link #toTable(List)}, with local IDs scoped ({@code scope|id}) by the scope of their
     * source ({@link LocalIdScopes}); a source without a scope is its own scope.
     */
    public static RecordTable toTable(List<SourceRecord> records, Map<String, String> localIdScopeOfSource) {
        int n = records.size();
        String[] keys = new String[n];
        int[] sources = new int[n];
        List<String> names = new ArrayList<>();
        Map<String, Integer> sourceIndex = new LinkedHashMap<>();
        Map<String, String[]> values = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            SourceRecord r = records.get(i);
            keys[i] = r.key();
            Integer s = sourceIndex.get(r.source());
            if (s == null) {
                s = names.size();
                names.add(r.source());
                sourceIndex.put(r.source(), s);
            }
            sources[i] = s;
            for (Map.Entry<Field, String> e : r.values().entrySet()) {
                String v = FieldValues.forLinkage(e.getKey(), e.getValue());
                if (v != null && e.getKey() == Field.LOCAL_ID) {
                    v = localIdScopeOfSource.getOrDefault(r.source(), "source:" + r.source()) + "|" + v;
                }
                if (v != null) values.computeIfAbsent(e.getKey().key(), k -> new String[n])[i] = v;
            }
        }
        return RecordTable.fromColumns(keys, sources, names, values);
    }
}
