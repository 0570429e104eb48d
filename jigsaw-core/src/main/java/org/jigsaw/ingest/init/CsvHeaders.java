package org.jigsaw.ingest.init;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Recognises a CSV table of a return by its header row: the SSDA903 tables by the columns of the
 * published 903 schema (bundled with the validation rules), the School Census CBDS tables by the
 * columns every term's schema gives them.
 */
final class CsvHeaders {

    /** @param columns as the spec writes them (for messages); matched ignoring case */
    private record Table(ReturnTable table, String name, Set<String> columns) {
        boolean has(Set<String> header, String column) {
            return header.contains(norm(column));
        }

        long hits(Set<String> header) {
            return columns.stream().filter(c -> has(header, c)).count();
        }
    }

    private static final String SSDA903_SCHEMA = "/org/jigsaw/ingest/rules/SSDA903_schema_2024.yml";

    private final List<Table> tables = new ArrayList<>();

    CsvHeaders() {
        Map<String, Set<String>> ssda903 = ssda903Tables();
        ssda903.forEach((name, cols) -> tables.add(new Table(switch (name) {
            case "Episodes" -> ReturnTable.SSDA903_EPISODES;
            case "Header" -> ReturnTable.SSDA903_HEADER;
            default -> ReturnTable.SSDA903_OTHER;
        }, "SSDA903 " + name, cols)));
        // CBDS: the columns the Autumn, Spring and Summer schemas (2016 to 2024) all give these tables
        tables.add(new Table(ReturnTable.CBDS_PUPILONROLL, "CBDS pupilonroll",
                set("pupilonrolltableid", "upn", "surname", "forename", "dob", "gender", "senprovision")));
        tables.add(new Table(ReturnTable.CBDS_SENNEEDS, "CBDS senneeds", set("senneedstableid", "pupilonrolltableid", "sentyperank", "sentype")));
        tables.add(new Table(ReturnTable.CBDS_ADDRESSES, "CBDS addressesonroll", set("addressesonrolltableid", "pupilonrolltableid", "postcode")));
        tables.add(new Table(ReturnTable.CBDS_ADDRESSES, "CBDS addresses", set("addressestableid", "pupilonrolltableid", "postcode")));
    }

    Recognition recognise(Path file) throws IOException {
        List<String> header = headerRow(file);
        if (header.isEmpty()) return new Recognition.Unknown(file, "the file is empty: no header row to recognise");
        Set<String> have = new LinkedHashSet<>();
        for (String h : header) have.add(norm(h));
        Table best = null;
        for (Table t : tables) {
            if (t.hits(have) == t.columns().size() && (best == null || t.columns().size() > best.columns().size())) best = t;
        }
        if (best != null) {
            String title = best.table() == ReturnTable.SSDA903_OTHER ? best.name() + " table (CSV)" : best.table().title();
            return new Recognition.Known(file, best.table(), title, Map.of());
        }
        // the nearest table, to say what is missing: most of its columns present
        Table near = null;
        int nearHits = 0;
        for (Table t : tables) {
            int hits = (int) t.hits(have);
            if (hits * 2 > t.columns().size() && hits > nearHits) {
                near = t;
                nearHits = hits;
            }
        }
        if (near != null) {
            Table n = near;
            List<String> missing = near.columns().stream().filter(c -> !n.has(have, c)).toList();
            return new Recognition.Unknown(file, "looks like the " + near.name() + " table but has no column "
                    + String.join(", ", missing));
        }
        return new Recognition.Unknown(file, "no header matches a known return (SSDA903 tables, School Census CBDS tables)");
    }

    /** The first line's column names: delimiter the most frequent of , ; tab |; quotes and a BOM dropped. */
    static List<String> headerRow(Path file) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(1 << 16);
        }
        String text = new String(head, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) text = text.substring(1);
        int end = text.indexOf('\n');
        String line = (end < 0 ? text : text.substring(0, end)).replace("\r", "");
        if (line.isBlank()) return List.of();
        char delim = ',';
        int most = -1;
        for (char c : new char[] {',', ';', '\t', '|'}) {
            int n = (int) line.chars().filter(x -> x == c).count();
            if (n > most) {
                most = n;
                delim = c;
            }
        }
        List<String> out = new ArrayList<>();
        for (String cell : line.split(java.util.regex.Pattern.quote(String.valueOf(delim)), -1)) {
            String c = cell.strip();
            if (c.length() >= 2 && c.startsWith("\"") && c.endsWith("\"")) c = c.substring(1, c.length() - 1).replace("\"\"", "\"");
            out.add(c);
        }
        return out;
    }

    private static String norm(String column) {
        return column.strip().toLowerCase(Locale.ROOT);
    }

    private static Set<String> set(String... columns) {
        return java.util.Collections.unmodifiableSet(new LinkedHashSet<>(List.of(columns)));
    }

    /** Table name → its columns, from the bundled 903 schema. */
    private static Map<String, Set<String>> ssda903Tables() {
        try (InputStream in = CsvHeaders.class.getResourceAsStream(SSDA903_SCHEMA)) {
            if (in == null) throw new IllegalStateException(SSDA903_SCHEMA + " is not on the class path");
            JsonNode map = new ObjectMapper(new YAMLFactory()).readTree(in).path("column_map");
            Map<String, Set<String>> out = new LinkedHashMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = map.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                Set<String> cols = new LinkedHashSet<>();
                e.getValue().fieldNames().forEachRemaining(cols::add);
                out.put(e.getKey(), java.util.Collections.unmodifiableSet(cols)); // schema order, for messages
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
