package org.jigsaw.ingest;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jigsaw.area.Area;

/** Test areas: copies of src/test/resources/areas/* with the binary files generated. */
final class Fixtures {
    private Fixtures() {
    }

    static Area miniArea(Path dir) throws IOException {
        copy("areas/mini", dir);
        writeSocialWorkbook(dir.resolve("extracts/social.xlsx"));
        return Area.open(dir);
    }

    static void copy(String resource, Path target) throws IOException {
        Path src;
        try {
            src = Path.of(Fixtures.class.getClassLoader().getResource(resource).toURI());
        } catch (URISyntaxException e) {
            throw new IOException(e);
        }
        try (Stream<Path> s = Files.walk(src)) {
            for (Path p : s.toList()) {
                Path t = target.resolve(src.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(t);
                else Files.copy(p, t);
            }
        }
    }

    /**
     * A social-care workbook: a title row above the header (header_row 2), a decoy first sheet,
     * real date cells in a US display format (must still read as ISO dates).
     */
    static void writeSocialWorkbook(Path file) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            wb.createSheet("Notes").createRow(0).createCell(0).setCellValue("Extract notes");
            Sheet s = wb.createSheet("Children");
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("m/d/yy"));
            s.createRow(0).createCell(0).setCellValue("Children in need extract, Minishire");
            List<String> header = List.of("ChildID", "NHS", "Forename", "Surname", "DOB", "Gender", "CINStart", "CINEnd",
                    "EHCP", "EHCPStart");
            Row h = s.createRow(1);
            for (int i = 0; i < header.size(); i++) h.createCell(i).setCellValue(header.get(i));
            Object[][] rows = {
                    {"C1", "9990000018", "Zoe", "O'Brien-Smith", LocalDate.of(2015, 3, 7), "Female", LocalDate.of(2025, 1, 1), null, "Y", LocalDate.of(2024, 5, 20)},
                    {"C2", 9990000026d, "Jack", "Hughes", LocalDate.of(2013, 6, 1), "Male", LocalDate.of(2024, 9, 1), LocalDate.of(2025, 3, 1), "Y", LocalDate.of(2023, 1, 1)},
                    {"C3", "999 000 0042", "Annie", "Lee", LocalDate.of(2016, 1, 2), "Female", LocalDate.of(2025, 11, 5), null, "N", null},
            };
            for (int r = 0; r < rows.length; r++) {
                Row row = s.createRow(r + 2);
                for (int c = 0; c < rows[r].length; c++) {
                    Object v = rows[r][c];
                    if (v == null) continue;
                    Cell cell = row.createCell(c);
                    if (v instanceof LocalDate d) {
                        cell.setCellValue(d);
                        cell.setCellStyle(date);
                    } else if (v instanceof Double n) {
                        cell.setCellValue(n);
                    } else {
                        cell.setCellValue(v.toString());
                    }
                }
            }
            wb.write(out);
        }
    }
}
