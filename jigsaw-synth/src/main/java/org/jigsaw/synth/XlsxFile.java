package org.jigsaw.synth;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes a {@link Table} as an XLSX sheet with POI's streaming writer (constant memory for large
 * sheets). Date columns hold ISO dates in the table and become real date cells; anything in them
 * that is not an ISO date stays text, as in a hand-kept spreadsheet. The package is then
 * rewritten with fixed timestamps so the same seed gives the same bytes.
 */
public final class XlsxFile {
    private static final LocalDateTime FIXED = LocalDateTime.of(2026, 1, 1, 0, 0);

    private XlsxFile() {
    }

    public static void write(Path file, Table table, String sheetName, Set<String> dateColumns, ExtractContext ctx)
            throws IOException {
        Files.createDirectories(file.getParent());
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        SXSSFWorkbook wb = new SXSSFWorkbook(200);
        try {
            wb.getXSSFWorkbook().getProperties().getCoreProperties()
                    .setCreated(Optional.of(Date.from(FIXED.toInstant(ZoneOffset.UTC))));
            CellStyle dateStyle = wb.createCellStyle();
            dateStyle.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
            Sheet sheet = wb.createSheet(sheetName);
            Row head = sheet.createRow(0);
            for (int i = 0; i < table.header().size(); i++) head.createCell(i).setCellValue(table.header().get(i));
            boolean[] isDate = new boolean[table.header().size() + 2];
            for (int i = 0; i < table.header().size(); i++) isDate[i] = dateColumns.contains(table.header().get(i));
            int r = 0;
            for (Table.Row row : table.rows()) {
                r++;
                if (row.malformed() != null) ctx.fault(table.source(), row.key(), r + 1, row.malformed(),
                        row.malformed() == FaultKind.MALFORMED_COLUMN_COUNT ? "" : "dob");
                Row x = sheet.createRow(r);
                String[] cells = row.cells();
                for (int c = 0; c < cells.length; c++) {
                    String v = cells[c];
                    if (v == null || v.isEmpty()) continue;
                    Cell cell = x.createCell(c);
                    LocalDate d = c < isDate.length && isDate[c] ? isoOrNull(v) : null;
                    if (d != null) {
                        cell.setCellValue(d);
                        cell.setCellStyle(dateStyle);
                    } else {
                        cell.setCellValue(v);
                    }
                }
            }
            wb.write(raw);
        } finally {
            wb.close();
        }
        try (OutputStream out = Files.newOutputStream(file)) {
            normalise(raw.toByteArray(), out);
        }
    }

    private static LocalDate isoOrNull(String v) {
        try {
            return LocalDate.parse(v);
        } catch (java.time.format.DateTimeParseException e) {
            return null; // a broken date stays text, as a hand-typed cell would
        }
    }

    /** Rewrites the zip with fixed entry times (POI stamps the current time). */
    private static void normalise(byte[] zip, OutputStream target) throws IOException {
        Path tmp = Files.createTempFile("jigsaw-synth", ".xlsx");
        try {
            Files.write(tmp, zip);
            try (ZipFile in = new ZipFile(tmp.toFile()); ZipOutputStream out = new ZipOutputStream(target)) {
                for (ZipEntry e : java.util.Collections.list(in.entries())) {
                    ZipEntry copy = new ZipEntry(e.getName());
                    copy.setTimeLocal(FIXED);
                    out.putNextEntry(copy);
                    try (var data = in.getInputStream(e)) {
                        data.transferTo(out);
                    }
                    out.closeEntry();
                }
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
