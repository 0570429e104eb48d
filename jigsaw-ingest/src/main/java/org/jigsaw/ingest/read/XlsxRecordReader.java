package org.jigsaw.ingest.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Streams one sheet of an .xlsx workbook with POI's event API (constant memory whatever the sheet
 * size). Date cells come out as ISO dates, not in the workbook's display format, so a US-styled
 * date cell cannot be misread; numbers come out as displayed (an NHS number stays 10 digits).
 *
 * @param sheet     sheet name (null: the first sheet)
 * @param headerRow 1-based row of the column names; rows above it are ignored
 */
public record XlsxRecordReader(String sheet, int headerRow) implements RecordReader {

    @Override
    public void read(Path file, String fileLabel, RowSink sink) throws IOException {
        if (java.nio.file.Files.size(file) == 0) throw new SourceFileException(fileLabel, 0, null, "the file is empty");
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            StylesTable styles = reader.getStylesTable();
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg);
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            List<String> names = new ArrayList<>();
            while (sheets.hasNext()) {
                try (InputStream in = sheets.next()) {
                    String name = sheets.getSheetName();
                    names.add(name);
                    if (sheet == null || sheet.isBlank() || sheet.equals(name) || sheet.equalsIgnoreCase(name.strip())) {
                        parse(in, styles, strings, sink, fileLabel);
                        return;
                    }
                }
            }
            throw new SourceFileException(fileLabel, 0, null, names.isEmpty() ? "the workbook has no sheets"
                    : "sheet '" + sheet + "' does not exist; the workbook has " + String.join(", ", names));
        } catch (SourceFileException e) {
            throw e;
        } catch (OpenXML4JException | IllegalArgumentException e) {
            throw new SourceFileException(fileLabel, 0, null, "not a readable .xlsx workbook (" + e.getClass().getSimpleName() + ")");
        } catch (SAXException e) {
            throw new SourceFileException(fileLabel, 0, null, "the workbook's XML is damaged");
        } catch (ParserConfigurationException e) {
            throw new IOException(e);
        }
    }

    private void parse(InputStream in, StylesTable styles, ReadOnlySharedStringsTable strings, RowSink sink, String fileLabel)
            throws IOException, SAXException, ParserConfigurationException {
        Collector collector = new Collector(sink, Math.max(1, headerRow), fileLabel);
        XMLReader xml = XMLHelper.newXMLReader();
        xml.setContentHandler(new XSSFSheetXMLHandler(styles, null, strings, collector, new IsoDates(), false));
        xml.parse(new InputSource(in));
        collector.finish();
    }

    /** Shows date-formatted cells as ISO dates whatever the workbook's display format. */
    private static final class IsoDates extends DataFormatter {
        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904Windowing) {
            if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
                java.time.LocalDateTime t = DateUtil.getLocalDateTime(value, use1904Windowing);
                return t.toLocalDate().toString();
            }
            return super.formatRawCellContents(value, formatIndex, formatString, use1904Windowing);
        }
    }

    /** Turns the sheet's cell events into header + rows, filling gaps left by empty cells. */
    private static final class Collector implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final RowSink sink;
        private final int headerRow;
        private Header header;
        private final List<String> cells = new ArrayList<>();
        private final String fileLabel;
        private int rowNum;

        Collector(RowSink sink, int headerRow, String fileLabel) {
            this.sink = sink;
            this.headerRow = headerRow;
            this.fileLabel = fileLabel;
        }

        @Override
        public void startRow(int r) {
            rowNum = r + 1;
            cells.clear();
        }

        @Override
        public void cell(String ref, String value, XSSFComment comment) {
            int col = ref == null ? cells.size() : new CellReference(ref).getCol();
            while (cells.size() < col) cells.add("");
            if (cells.size() == col) cells.add(value == null ? "" : value);
        }

        @Override
        public void endRow(int r) {
            if (rowNum < headerRow) return;
            if (rowNum == headerRow) {
                while (!cells.isEmpty() && cells.get(cells.size() - 1).isBlank()) cells.remove(cells.size() - 1);
                header = new Header(cells);
                sink.header(header.names());
                return;
            }
            if (header == null) return;
            if (cells.stream().allMatch(String::isBlank)) return;
            if (cells.size() > header.size()) {
                for (int i = header.size(); i < cells.size(); i++) {
                    if (!cells.get(i).isBlank()) {
                        sink.bad(rowNum, BadRowReason.WRONG_COLUMN_COUNT, "a value in column "
                                + CellReference.convertNumToColString(i) + " beyond the last header");
                        return;
                    }
                }
            }
            String[] fields = new String[header.size()];
            for (int i = 0; i < fields.length; i++) {
                String v = i < cells.size() ? cells.get(i) : "";
                if (CsvRecordReader.damaged(v)) {
                    sink.bad(rowNum, BadRowReason.ENCODING_DAMAGE, "column '" + header.names().get(i) + "' holds control characters");
                    return;
                }
                fields[i] = v;
            }
            sink.row(new TabularRow(header, fields, rowNum));
        }

        void finish() {
            if (header == null) {
                throw new SourceFileException(fileLabel, headerRow, null, "the sheet has no header in row " + headerRow);
            }
        }
    }
}
