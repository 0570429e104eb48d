package org.jigsaw.synth;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a {@link Table} as CSV. Hand-written rather than FastCSV because a malformed row must be
 * able to carry raw bytes that are invalid in the file's encoding, which no CSV writer allows.
 */
public final class CsvFile {
    /** In a cell, marks where raw invalid bytes go. */
    public static final char GARBAGE = '\uE000';

    private CsvFile() {
    }

    public static void write(Path file, Table table, CsvStyle style, ExtractContext ctx) throws IOException {
        Files.createDirectories(file.getParent());
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            if (style.bom()) out.write(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            writeLine(out, table.header().toArray(String[]::new), style);
            long line = 1;
            for (Table.Row row : table.rows()) {
                line++;
                if (row.malformed() != null) ctx.fault(table.source(), row.key(), line, row.malformed(),
                        row.malformed() == FaultKind.MALFORMED_COLUMN_COUNT ? "" : "dob");
                writeLine(out, row.cells(), style);
            }
        }
    }

    private static void writeLine(OutputStream out, String[] cells, CsvStyle style) throws IOException {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) out.write(style.delimiter());
            String c = cells[i] == null ? "" : cells[i];
            int g = c.indexOf(GARBAGE);
            if (g >= 0) {
                out.write(c.substring(0, g).getBytes(style.charset()));
                out.write(garbage(style));
                out.write(c.substring(g + 1).getBytes(style.charset()));
                continue;
            }
            boolean quote = c.indexOf(style.delimiter()) >= 0 || c.indexOf('"') >= 0 || c.indexOf('\n') >= 0;
            if (quote) c = '"' + c.replace("\"", "\"\"") + '"';
            out.write(c.getBytes(style.charset()));
        }
        out.write(style.crlf() ? new byte[]{'\r', '\n'} : new byte[]{'\n'});
    }

    /** Bytes no decoder of the file's charset maps to a character. */
    private static byte[] garbage(CsvStyle style) {
        return style.charset().equals(StandardCharsets.UTF_8)
                ? new byte[]{(byte) 0xC3, 0x28, (byte) 0xFF, (byte) 0xFE}
                : new byte[]{(byte) 0x81, (byte) 0x8D, (byte) 0x90, (byte) 0x9D};
    }
}
