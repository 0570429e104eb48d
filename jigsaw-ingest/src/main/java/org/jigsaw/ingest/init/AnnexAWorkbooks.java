package org.jigsaw.ingest.init;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Recognises the Annex A SEND lists in a workbook by the published column headings of each sheet
 * (annex_a/send-lists-columns.md), whatever the sheets are called and wherever in the first rows
 * the heading row is: List 1 has the EHC plan dates, List 2 the primary need without them.
 */
final class AnnexAWorkbooks {

    /** Heading rows are looked for in the first rows of a sheet (guidance lines may come first). */
    private static final int SCAN_ROWS = 10;

    private record Found(String sheet, int headerRow, ReturnTable table) {
    }

    List<Recognition> recognise(Path file) throws IOException {
        List<Found> found = new ArrayList<>();
        boolean ilacs = false;
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ); XSSFWorkbook wb = new XSSFWorkbook(pkg)) {
            DataFormatter fmt = new DataFormatter();
            for (Sheet sheet : wb) {
                for (int r = 0; r <= Math.min(SCAN_ROWS - 1, sheet.getLastRowNum()); r++) {
                    Set<String> headings = headings(sheet.getRow(r), fmt);
                    if (headings.contains("child unique id")) ilacs = true;
                    if (!headings.contains("unique id") || !headings.contains("date of birth")) continue;
                    if (headings.contains("date initial ehc plan issued")) found.add(new Found(sheet.getSheetName(), r + 1, ReturnTable.ANNEX_A_LIST_1));
                    else if (headings.contains("sen primary need")) found.add(new Found(sheet.getSheetName(), r + 1, ReturnTable.ANNEX_A_LIST_2));
                    break;
                }
            }
        } catch (NotOfficeXmlFileException | InvalidFormatException e) {
            return List.of(new Recognition.Unknown(file, "not an .xlsx workbook (an old .xls? save it as .xlsx)"));
        }
        List<Recognition> out = new ArrayList<>();
        for (ReturnTable list : List.of(ReturnTable.ANNEX_A_LIST_1, ReturnTable.ANNEX_A_LIST_2)) {
            List<Found> sheets = found.stream().filter(f -> f.table() == list).toList();
            if (sheets.isEmpty()) continue;
            // one definition reads its sheets with one header row: sheets whose headings sit elsewhere are left out
            int row = sheets.get(0).headerRow();
            List<String> names = sheets.stream().filter(f -> f.headerRow() == row).map(Found::sheet).toList();
            String param = names.size() == 1 ? "sheet: " + Yaml.quote(names.get(0))
                    : "sheets: [" + String.join(", ", names.stream().map(Yaml::quote).toList()) + "]";
            String detail = list.title() + ", sheet" + (names.size() == 1 ? " " : "s ") + String.join(", ", names)
                    + (names.size() < sheets.size() ? " (other sheets of this list have their headings on another row: not read)" : "");
            out.add(new Recognition.Known(file, list, detail, Map.of("sheets", param, "header_row", String.valueOf(row))));
        }
        if (out.isEmpty()) {
            out.add(new Recognition.Unknown(file, ilacs
                    ? "an ILACS Annex A workbook (social care lists): Jigsaw ships templates for the SEND lists only"
                    : "no sheet has the Annex A SEND List 1 or List 2 headings (Unique ID, Date of birth, SEN primary need …)"));
        }
        return out;
    }

    private static Set<String> headings(Row row, DataFormatter fmt) {
        Set<String> out = new HashSet<>();
        if (row == null) return out;
        for (Cell c : row) {
            String v = fmt.formatCellValue(c);
            if (v != null && !v.isBlank()) out.add(v.strip().replace('\u2013', '-').toLowerCase(Locale.ROOT));
        }
        return out;
    }
}
