package org.jigsaw.store.annexa;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.jigsaw.ingest.rules.FailingRows;

/**
 * Writes the pack as one workbook: a notes sheet (area, snapshot, reference date, what each list
 * holds and where its values come from), one sheet per list under the published headings, and a
 * Validation sheet with every rule and the sheet rows that fail it. POI's streaming writer keeps a
 * county's lists in constant memory; dates are date cells, text is text (never a formula).
 */
public final class AnnexAWorkbook {
    /** The sheet that lists the rules; its row numbers are the list sheets' (heading = row 1). */
    public static final String VALIDATION = "Validation";
    public static final String NOTES = "About";
    /** Excel's limit on a cell's text. */
    private static final int CELL_LIMIT = 32_767;

    private AnnexAWorkbook() {
    }

    public static void write(AnnexAPack pack, Path file) throws IOException {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(500)) {
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
            CellStyle bold = wb.createCellStyle();
            Font font = wb.createFont();
            font.setBold(true);
            bold.setFont(font);
            notes(wb.createSheet(NOTES), pack, date, bold);
            for (AnnexAPack.Part part : pack.lists()) list(wb.createSheet(part.list().sheet()), part, date, bold);
            validation(wb.createSheet(VALIDATION), pack, bold);
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
    }

    private static void notes(Sheet s, AnnexAPack pack, CellStyle date, CellStyle bold) {
        List<Object[]> lines = new ArrayList<>();
        lines.add(new Object[] {"Annex A SEND inspection lists (Ofsted/CQC area SEND inspection)"});
        lines.add(new Object[] {"Area", pack.area()});
        lines.add(new Object[] {"Snapshot", pack.runId()});
        lines.add(new Object[] {"Reference date", pack.reference()});
        lines.add(new Object[] {"Written", LocalDate.now()});
        for (AnnexAPack.Part p : pack.lists()) {
            lines.add(new Object[] {p.list().sheet(), p.list().title() + ": " + p.rows().size() + " rows. " + includes(p.list())});
        }
        lines.add(new Object[] {"Rows", "One row per linked child: records the linkage joined appear once, not once per source record."});
        lines.add(new Object[] {"Values", "Identifiers (Unique ID = the source's own child ID, UPN, ULN), EHC plan dates and SEN primary "
                + "need come from the most trusted source that holds them: education first, then children's social care, then "
                + "health; among equals the newest extract. Date of birth and gender are the linked person's (the majority of "
                + "their records). Yes/No columns are Yes when any source records it at the reference date and No only when "
                + "the snapshot holds that kind of data at all (otherwise blank). Suspensions and permanent exclusions count "
                + "the distinct dates recorded in the 12 months to the reference date."});
        lines.add(new Object[] {"Not held", "Blank in every row, to be filled from the education system: "
                + String.join("; ", AnnexARowBuilder.NOT_HELD) + "."});
        lines.add(new Object[] {VALIDATION, "Every published Annex A validation rule, with the rows of each list that fail it "
                + "(row numbers as on the list's sheet, the headings being row 1). Ages and future dates are measured at the "
                + "reference date."});
        lines.add(new Object[] {"Personal data", "This workbook identifies children. Share it only as the area's data-sharing "
                + "agreements allow; writing it was recorded in the area's audit log."});
        int r = 0;
        for (Object[] line : lines) {
            Row row = s.createRow(r++);
            Cell label = row.createCell(0);
            label.setCellValue(String.valueOf(line[0]));
            label.setCellStyle(bold);
            if (line.length < 2 || line[1] == null) continue;
            Cell value = row.createCell(1);
            if (line[1] instanceof LocalDate d) {
                value.setCellValue(d);
                value.setCellStyle(date);
            } else {
                value.setCellValue(String.valueOf(line[1]));
            }
        }
        s.setColumnWidth(0, 20 * 256);
        s.setColumnWidth(1, 120 * 256);
    }

    private static String includes(AnnexAList list) {
        return list == AnnexAList.LIST_1
                ? "Children and young people with an EHC plan in force at the reference date."
                : "Children and young people on SEN support at the reference date who have no EHC plan then (they are on List_1).";
    }

    private static void list(SXSSFSheet s, AnnexAPack.Part part, CellStyle date, CellStyle bold) {
        List<String> headings = part.list().headings();
        heading(s, headings, bold);
        int r = 1;
        for (Map<String, String> values : part.rows()) {
            Row row = s.createRow(r++);
            for (int c = 0; c < headings.size(); c++) {
                String v = values.get(headings.get(c));
                if (v == null || v.isBlank()) continue;
                Cell cell = row.createCell(c);
                if (AnnexAList.DATES.contains(headings.get(c))) {
                    cell.setCellValue(LocalDate.parse(v));
                    cell.setCellStyle(date);
                } else if (isCount(headings.get(c))) {
                    cell.setCellValue(Long.parseLong(v));
                } else {
                    cell.setCellValue(v);
                }
            }
        }
        for (int c = 0; c < headings.size(); c++) s.setColumnWidth(c, 18 * 256);
        s.createFreezePane(0, 1);
    }

    private static boolean isCount(String heading) {
        return heading.equals(AnnexAList.Heading.SUSPENSIONS) || heading.equals(AnnexAList.Heading.EXCLUSIONS);
    }

    private static void validation(Sheet s, AnnexAPack pack, CellStyle bold) {
        heading(s, List.of("List", "Rule code", "Severity", "Message", "Rows failing", "Rows"), bold);
        int r = 1;
        for (AnnexAPack.Part part : pack.lists()) {
            for (FailingRows.Result result : part.validation()) {
                Row row = s.createRow(r++);
                row.createCell(0).setCellValue(part.list().sheet());
                row.createCell(1).setCellValue(result.rule().code());
                row.createCell(2).setCellValue(result.rule().severity().label());
                row.createCell(3).setCellValue(result.rule().message());
                row.createCell(4).setCellValue(result.rows().size());
                if (!result.rows().isEmpty()) row.createCell(5).setCellValue(sheetRows(result.rows()));
            }
        }
        s.setColumnWidth(3, 70 * 256);
        s.setColumnWidth(5, 60 * 256);
    }

    private static void heading(Sheet s, List<String> headings, CellStyle bold) {
        Row head = s.createRow(0);
        for (int c = 0; c < headings.size(); c++) {
            Cell cell = head.createCell(c);
            cell.setCellValue(headings.get(c));
            cell.setCellStyle(bold);
        }
    }

    /**
     * 0-based list rows as the sheet numbers them (first child = row 2), runs joined ("2-5, 9"), cut to
     * what a cell holds; the count beside it stays exact.
     */
    static String sheetRows(List<Integer> rows) {
        StringBuilder sb = new StringBuilder();
        int i = 0;
        while (i < rows.size()) {
            int j = i;
            while (j + 1 < rows.size() && rows.get(j + 1) == rows.get(j) + 1) j++;
            String run = (rows.get(i) + 2) + (j > i ? "-" + (rows.get(j) + 2) : "");
            String next = (sb.length() == 0 ? "" : ", ") + run;
            if (sb.length() + next.length() > CELL_LIMIT - 40) return sb.append(", … (more: see the count)").toString();
            sb.append(next);
            i = j + 1;
        }
        return sb.toString();
    }
}
