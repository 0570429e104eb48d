package org.jigsaw.link.io;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jigsaw.link.data.RecordTable;

/**
 * A labelled truth file for {@code --truth}: which true person each record belongs to, read by
 * header so that a file with more columns than record id and person (a source column, the
 * input file itself) is read right, and a file whose columns cannot be told apart is refused
 * instead of scoring the wrong columns.
 *
 * @param entityByKey the true person of each record of the table it was read for, by record key
 * @param rows        data rows in the file
 */
public record TruthFile(Map<String, String> entityByKey, int rows) {

    /** Headers that name the record id column, most specific first (the inputs' id columns come before these). */
    public static final List<String> ID_HEADERS = List.of("record_id", "rec_id", "unique_id", "id");
    /** Headers that name the true person. */
    public static final List<String> ENTITY_HEADERS = List.of("person_id", "person", "cluster", "cluster_id",
            "entity_id", "entity", "true_id", "match_id");
    /** Headers that name the file a record comes from (needed only when ids repeat across files). */
    public static final List<String> SOURCE_HEADERS = List.of("source", "source_dataset", "file", "dataset");

    /**
     * Reads {@code file} for the records of {@code table}.
     *
     * @param sourceAliases for each source of the table (by index), the values a truth file's
     *                      source column may use for it (file name, file name without extension …)
     * @param idColumns     the inputs' id column names, accepted as the record id header too
     * @throws IllegalArgumentException when the columns cannot be identified or no row names a record
     */
    public static TruthFile read(Path file, RecordTable table, List<List<String>> sourceAliases, List<String> idColumns)
            throws IOException {
        String name = "--truth " + file.getFileName();
        List<String[]> data = new ArrayList<>();
        List<String> header;
        try (CsvReader<CsvRecord> r = CsvReader.builder().detectBomHeader(true).allowMissingFields(true).ofCsvRecord(file)) {
            Iterator<CsvRecord> it = r.iterator();
            if (!it.hasNext()) throw new IllegalArgumentException(name + ": the file is empty");
            header = it.next().getFields().stream().map(h -> h.trim().toLowerCase(Locale.ROOT)).toList();
            while (it.hasNext()) data.add(it.next().getFields().stream().map(String::trim).toArray(String[]::new));
        }
        List<String> idHeaders = new ArrayList<>();
        for (String c : idColumns) if (c != null) idHeaders.add(c.trim().toLowerCase(Locale.ROOT));
        idHeaders.addAll(ID_HEADERS);
        int idCol = firstOf(header, idHeaders), entityCol = firstOf(header, ENTITY_HEADERS), sourceCol = firstOf(header, SOURCE_HEADERS);
        if ((idCol < 0 || entityCol < 0) && header.size() == 2 && sourceCol < 0) {
            // two columns are unambiguous whatever their names: record id, then person
            idCol = 0;
            entityCol = 1;
        }
        if (idCol < 0 || entityCol < 0 || idCol == entityCol) {
            throw new IllegalArgumentException(name + ": cannot tell which columns hold the record id and the true person;"
                    + " expected a header with a record id column (" + String.join(", ", idHeaders) + "), a person column ("
                    + String.join(", ", ENTITY_HEADERS) + ") and optionally a source column (" + String.join(", ", SOURCE_HEADERS)
                    + "), e.g. source,record_id,person_id or id,cluster; found: " + String.join(", ", header));
        }
        Map<String, String> bySourceAndId = new HashMap<>();
        Map<String, String> byId = new HashMap<>();
        Set<String> idsInTwoSources = new HashSet<>();
        for (String[] row : data) {
            if (row.length <= Math.max(idCol, entityCol) || row[idCol].isEmpty() || row[entityCol].isEmpty()) continue;
            String id = row[idCol], entity = row[entityCol];
            String previous = byId.put(id, entity);
            if (previous != null && !previous.equals(entity)) idsInTwoSources.add(id);
            if (sourceCol >= 0 && row.length > sourceCol) bySourceAndId.put(sourceKey(row[sourceCol], id), entity);
        }
        Map<String, String> truth = new HashMap<>();
        for (int i = 0; i < table.size(); i++) {
            String key = table.key(i), raw = MatchJob.rawId(key, table.sourceName(i));
            String e = null;
            if (sourceCol >= 0) {
                List<String> aliases = table.source(i) < sourceAliases.size() ? sourceAliases.get(table.source(i)) : List.of();
                for (String alias : aliases) if (e == null) e = bySourceAndId.get(sourceKey(alias, raw));
            }
            // without a (recognised) source, an id that names two different persons cannot be resolved
            if (e == null && !idsInTwoSources.contains(raw)) e = byId.get(raw);
            if (e == null && !idsInTwoSources.contains(key)) e = byId.get(key);
            if (e != null) truth.put(key, e);
        }
        if (truth.isEmpty()) {
            throw new IllegalArgumentException(name + ": none of its " + data.size() + " rows names a record of the input files"
                    + " (column '" + header.get(idCol) + "' read as the record id"
                    + (sourceCol >= 0 ? ", '" + header.get(sourceCol) + "' as the source: use the input file names" : "") + ")");
        }
        return new TruthFile(truth, data.size());
    }

    private static int firstOf(List<String> header, List<String> names) {
        for (String n : names) {
            int i = header.indexOf(n);
            if (i >= 0) return i;
        }
        return -1;
    }

    private static String sourceKey(String source, String id) {
        return source.trim().toLowerCase(Locale.ROOT) + '\u0000' + id;
    }
}
