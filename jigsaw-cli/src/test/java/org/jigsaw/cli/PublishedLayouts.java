package org.jigsaw.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jigsaw.identity.Upn;

/**
 * Writes small return files in the published layouts, for the {@code sources init} acceptance
 * test: column order and codes are read from the specifications (the 903 schema bundled with the
 * validation rules, the CBDS schema and Annex A headings copied under test resources {@code specs/});
 * the XML follows the CIN XSD's element order and the SEN2 structure of the formats README. Not
 * Jigsaw's own synthetic generator: nothing here knows how Jigsaw reads these files.
 */
final class PublishedLayouts {

    private PublishedLayouts() {
    }

    /** A valid UPN of LA 801 with this serial (check letter from the DfE algorithm). */
    static String upn(int serial) {
        String body = "801" + "2000" + "24" + String.format("%03d", serial);
        return Upn.checkLetter(body) + body;
    }

    // ---- SSDA903 ---------------------------------------------------------------------------

    static JsonNode ssda903Schema() throws IOException {
        try (InputStream in = PublishedLayouts.class.getResourceAsStream("/org/jigsaw/ingest/rules/SSDA903_schema_2024.yml")) {
            return new ObjectMapper(new YAMLFactory()).readTree(in).path("column_map");
        }
    }

    /** A code the 903 schema lists for a column, by position in its category list. */
    static String code903(JsonNode schema, String table, String column, int index) {
        return schema.path(table).path(column).path("category").get(index).path("code").asText().strip();
    }

    /** One CSV in a 903 table's column order; a row gives values by column name (others blank). */
    static void csv903(JsonNode schema, String table, Path file, List<Map<String, String>> rows) throws IOException {
        List<String> columns = new ArrayList<>();
        schema.path(table).fieldNames().forEachRemaining(columns::add);
        writeCsv(file, columns, rows);
    }

    // ---- School Census CBDS ------------------------------------------------------------------

    static JsonNode cbdsSchema() throws IOException {
        try (InputStream in = PublishedLayouts.class.getResourceAsStream("/specs/school_census_schema_2016.yml")) {
            return new ObjectMapper(new YAMLFactory()).readTree(in);
        }
    }

    /** A CBDS table in the column order of the first term (Autumn, Spring, Summer) whose schema has it. */
    static void cbds(JsonNode schema, String table, Path file, List<Map<String, String>> rows) throws IOException {
        for (Iterator<JsonNode> terms = schema.elements(); terms.hasNext(); ) {
            JsonNode t = terms.next().path("column_map").path(table);
            if (t.isMissingNode()) continue;
            List<String> columns = new ArrayList<>();
            t.fieldNames().forEachRemaining(columns::add);
            writeCsv(file, columns, rows);
            return;
        }
        throw new IllegalArgumentException("no CBDS table " + table);
    }

    private static void writeCsv(Path file, List<String> columns, List<Map<String, String>> rows) throws IOException {
        StringBuilder sb = new StringBuilder(String.join(",", columns)).append("\r\n");
        for (Map<String, String> r : rows) {
            List<String> cells = new ArrayList<>();
            for (String c : columns) cells.add(r.getOrDefault(c, ""));
            sb.append(String.join(",", cells)).append("\r\n");
        }
        Files.createDirectories(file.getParent());
        Files.writeString(file, sb.toString(), StandardCharsets.UTF_8);
    }

    // ---- Annex A SEND lists -----------------------------------------------------------------

    /** The published headings of "List_1" or "List_2", in order, from send-lists-columns.md. */
    static List<String> annexAHeadings(String list) throws IOException {
        List<String> out = new ArrayList<>();
        boolean in = false;
        try (InputStream s = PublishedLayouts.class.getResourceAsStream("/specs/send-lists-columns.md")) {
            for (String line : new String(s.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.startsWith("## ")) in = line.substring(3).strip().equals(list);
                else if (in && line.matches("\\d+\\. .*")) out.add(line.substring(line.indexOf(". ") + 2).strip());
            }
        }
        return out;
    }

    /**
     * A workbook with a guidance sheet, then each list's sheet: heading row, then rows by heading
     * (a LocalDate is written as a date cell, as Excel would hold it).
     */
    static void annexA(Path file, Map<String, List<Map<String, Object>>> sheets) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            wb.createSheet("Guidance").createRow(0).createCell(0).setCellValue("Annex A: SEND lists for the inspection");
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
            for (Map.Entry<String, List<Map<String, Object>>> e : sheets.entrySet()) {
                List<String> headings = annexAHeadings(e.getKey());
                Sheet sh = wb.createSheet(e.getKey());
                Row h = sh.createRow(0);
                for (int i = 0; i < headings.size(); i++) h.createCell(i).setCellValue(headings.get(i));
                int r = 1;
                for (Map<String, Object> values : e.getValue()) {
                    Row row = sh.createRow(r++);
                    for (int i = 0; i < headings.size(); i++) {
                        Object v = values.get(headings.get(i));
                        if (v instanceof LocalDate d) {
                            row.createCell(i).setCellValue(d);
                            row.getCell(i).setCellStyle(date);
                        } else if (v != null) {
                            row.createCell(i).setCellValue(v.toString());
                        }
                    }
                }
            }
            wb.write(out);
        }
    }

    // ---- XML -----------------------------------------------------------------------------------

    /** {@code <tag>text</tag>}, or nothing when the text is null. */
    static String el(String tag, String text) {
        return text == null ? "" : "<" + tag + ">" + text + "</" + tag + ">";
    }

    static void writeXml(Path file, String body) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + body + "\n", StandardCharsets.UTF_8);
    }

    /** A CIN census Message with its Header (collection year, reference date) and these Child elements. */
    static String cinMessage(int year, String... children) {
        return "<Message><Header><CollectionDetails>" + el("Collection", "CIN") + el("Year", String.valueOf(year))
                + el("ReferenceDate", year + "-03-31") + "</CollectionDetails><Source>" + el("SourceLevel", "L") + el("LEA", "801")
                + "</Source></Header><Children>\n" + String.join("\n", children) + "\n</Children></Message>";
    }
}
