package org.jigsaw.link.io;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.IntStream;
import org.jigsaw.link.data.FieldValues;
import org.jigsaw.link.data.RecordTable;

/**
 * Reads CSV files for {@code jigsaw match}: header names and values are trimmed (FEBRL puts a
 * space after every comma), CRLF or LF endings, a UTF-8 BOM is skipped. Columns are mapped onto
 * canonical fields and standardised ({@link FieldValues}). Record keys are {@code <source>:<id>}.
 */
public final class CsvInput {

    /** One file: its source name, id column and canonical field → column mapping. */
    public record Source(Path file, String name, String idColumn, Map<String, String> mapping) {
    }

    private CsvInput() {
    }

    public static RecordTable read(List<Source> sources) throws IOException {
        List<String> keys = new ArrayList<>();
        List<Integer> sourceOf = new ArrayList<>();
        Map<String, List<String>> raw = new LinkedHashMap<>();
        int s = 0;
        for (Source src : sources) {
            readOne(src, s++, keys, sourceOf, raw);
        }
        int n = keys.size();
        Map<String, String[]> values = new LinkedHashMap<>();
        List<Map.Entry<String, List<String>>> cols = new ArrayList<>(raw.entrySet());
        String[][] out = new String[cols.size()][];
        IntStream.range(0, cols.size()).parallel().forEach(c -> {
            UnaryOperator<String> std = FieldValues.standardiser(cols.get(c).getKey());
            List<String> in = cols.get(c).getValue();
            String[] o = new String[n];
            for (int i = 0; i < n; i++) {
                String v = in.get(i);
                o[i] = v == null || v.isEmpty() ? null : std.apply(v);
            }
            out[c] = o;
        });
        for (int c = 0; c < cols.size(); c++) values.put(cols.get(c).getKey(), out[c]);
        int[] so = sourceOf.stream().mapToInt(Integer::intValue).toArray();
        return RecordTable.fromColumns(keys.toArray(String[]::new), so, sources.stream().map(Source::name).toList(), values);
    }

    private static void readOne(Source src, int sourceIndex, List<String> keys, List<Integer> sourceOf,
                                Map<String, List<String>> raw) throws IOException {
        try (CsvReader<CsvRecord> reader = CsvReader.builder().detectBomHeader(true).allowMissingFields(true)
                .allowExtraFields(true).ofCsvRecord(src.file(), StandardCharsets.UTF_8)) {
            var it = reader.iterator();
            if (!it.hasNext()) throw new IOException(src.file().getFileName() + " is empty");
            CsvRecord header = it.next();
            Map<String, Integer> index = new LinkedHashMap<>();
            for (int i = 0; i < header.getFieldCount(); i++) index.put(header.getField(i).trim(), i);
            Integer idCol = index.get(src.idColumn());
            if (idCol == null) throw new IOException(src.file().getFileName() + ": no id column '" + src.idColumn() + "'; columns: " + index.keySet());
            Map<String, Integer> fieldCol = new LinkedHashMap<>();
            for (Map.Entry<String, String> e : src.mapping().entrySet()) {
                Integer c = index.get(e.getValue());
                if (c == null) throw new IOException(src.file().getFileName() + ": no column '" + e.getValue() + "' (mapped to " + e.getKey() + "); columns: " + index.keySet());
                fieldCol.put(e.getKey(), c);
            }
            int start = keys.size();
            for (Map.Entry<String, Integer> e : fieldCol.entrySet()) {
                List<String> col = raw.computeIfAbsent(e.getKey(), k -> new ArrayList<>());
                while (col.size() < start) col.add(null);
            }
            while (it.hasNext()) {
                CsvRecord r = it.next();
                if (r.getFieldCount() == 1 && r.getField(0).isBlank()) continue;
                String id = field(r, idCol);
                if (id == null) throw new IOException(src.file().getFileName() + " line " + r.getStartingLineNumber() + ": blank id");
                keys.add(src.name() + ":" + id);
                sourceOf.add(sourceIndex);
                for (Map.Entry<String, List<String>> e : raw.entrySet()) {
                    Integer c = fieldCol.get(e.getKey());
                    e.getValue().add(c == null ? null : field(r, c));
                }
            }
        }
    }

    private static String field(CsvRecord r, int c) {
        if (c >= r.getFieldCount()) return null;
        String v = r.getField(c).trim();
        return v.isEmpty() ? null : v;
    }
}
