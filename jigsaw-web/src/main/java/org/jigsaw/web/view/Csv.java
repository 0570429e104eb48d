package org.jigsaw.web.view;

import de.siegmar.fastcsv.writer.CsvWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Writes a {@link DataTable} as CSV exactly as the screen shows it (same suppression), with
 * spreadsheet formula injection neutralised: a text cell starting with =, +, -, @, tab or
 * carriage return gets a leading apostrophe, so Excel shows it as text instead of running it.
 */
public final class Csv {
    private static final Pattern NUMBER = Pattern.compile("[-+]?[0-9][0-9,]*(\\.[0-9]+)?%?");

    private Csv() {
    }

    public static String write(DataTable t) {
        StringWriter out = new StringWriter();
        try (CsvWriter w = CsvWriter.builder().build(out)) {
            w.writeRecord(t.columns().stream().map(c -> safe(c.key())).toList());
            for (List<Cell> row : t.rows()) {
                List<String> cells = new ArrayList<>(row.size());
                for (Cell c : row) cells.add(safe(c.text()));
                w.writeRecord(cells);
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toString();
    }

    /** Neutralises formula injection; plain numbers (e.g. a change of -5) stay numbers. */
    public static String safe(String s) {
        if (s == null || s.isEmpty()) return "";
        char c = s.charAt(0);
        boolean risky = c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
        if (risky && !NUMBER.matcher(s).matches()) return "'" + s;
        return s;
    }
}
