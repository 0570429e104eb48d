package org.jigsaw.ingest;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The CSV writer every CSV Jigsaw writes goes through. Cells a spreadsheet would run as a formula
 * (starting with {@code = + - @}, tab or carriage return; OWASP "CSV injection") are prefixed
 * with an apostrophe so {@code =HYPERLINK(...)} from an extract shows as text, never as a link.
 * Plain numbers, negative ones included, are left alone. Files start with a UTF-8 byte-order mark
 * so Excel reads names with accents correctly.
 */
public final class SafeCsv implements Closeable {
    private final CsvWriter writer;

    private SafeCsv(CsvWriter writer) {
        this.writer = writer;
    }

    /** A new file (replaced if it exists), UTF-8 with BOM, CRLF line ends. */
    public static SafeCsv create(Path file) throws IOException {
        OutputStream out = Files.newOutputStream(file);
        out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        return to(new OutputStreamWriter(out, StandardCharsets.UTF_8));
    }

    /** Writes to {@code out} (closed with this writer). */
    public static SafeCsv to(Writer out) {
        return new SafeCsv(CsvWriter.builder().lineDelimiter(LineDelimiter.CRLF).build(out));
    }

    public SafeCsv row(Object... cells) {
        String[] s = new String[cells.length];
        for (int i = 0; i < cells.length; i++) s[i] = neutralise(cells[i] == null ? "" : cells[i].toString());
        writer.writeRecord(s);
        return this;
    }

    public SafeCsv row(List<?> cells) {
        return row(cells.toArray());
    }

    /** The cell as text a spreadsheet will not evaluate. */
    public static String neutralise(String cell) {
        if (cell == null || cell.isEmpty()) return cell;
        char c = cell.charAt(0);
        boolean risky = c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r'
                || c == '\uFF1D' || c == '\uFF0B' || c == '\uFF0D' || c == '\uFF20';
        if (!risky) return cell;
        if ((c == '-' || c == '+') && isNumber(cell)) return cell;
        return "'" + cell;
    }

    private static boolean isNumber(String s) {
        int i = 1;
        boolean digits = false;
        boolean dot = false;
        for (; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch >= '0' && ch <= '9') digits = true;
            else if (ch == '.' && !dot) dot = true;
            else return false;
        }
        return digits;
    }

    @Override
    public void close() throws IOException {
        writer.close();
    }
}
