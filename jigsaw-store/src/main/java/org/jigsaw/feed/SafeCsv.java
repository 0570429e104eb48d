package org.jigsaw.feed;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * CSV for people who open it in a spreadsheet: every cell that a spreadsheet would treat as a
 * formula (leading {@code = + - @}, tab or carriage return, also their full-width forms) is
 * prefixed with an apostrophe, as OWASP recommends against CSV injection.
 */
public final class SafeCsv implements AutoCloseable {

    private final CsvWriter writer;

    private SafeCsv(CsvWriter writer) {
        this.writer = writer;
    }

    public static SafeCsv create(Path file, List<String> header) throws IOException {
        SafeCsv csv = new SafeCsv(CsvWriter.builder().lineDelimiter(LineDelimiter.CRLF)
                .build(file, StandardCharsets.UTF_8));
        csv.row(header);
        return csv;
    }

    public SafeCsv row(List<String> cells) throws IOException {
        List<String> safe = new ArrayList<>(cells.size());
        for (String cell : cells) {
            safe.add(cell(cell));
        }
        writer.writeRecord(safe);
        return this;
    }

    /** The cell as written: null becomes empty, a formula-like start is neutralised. */
    public static String cell(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        char first = value.charAt(0);
        return switch (first) {
            case '=', '+', '-', '@', '\t', '\r', '\uFF1D', '\uFF0B', '\uFF0D', '\uFF20' -> "'" + value;
            default -> value;
        };
    }

    @Override
    public void close() throws IOException {
        writer.close();
    }
}
