package org.jigsaw.ingest.read;

/**
 * CSV dialect as declared in a source definition; null members mean "detect".
 *
 * @param delimiter    one character, or {@code tab}, {@code pipe}, {@code comma}, {@code semicolon}
 * @param quote        quote character (default {@code "})
 * @param encoding     charset name; null detects UTF-8 vs Windows-1252
 * @param maxFieldChars longest field accepted; longer ones quarantine their row
 */
public record CsvFormat(String delimiter, String quote, String encoding, int maxFieldChars) {

    /** No real identifier, name or address is anywhere near this long. */
    public static final int DEFAULT_MAX_FIELD_CHARS = 64 * 1024;

    public static CsvFormat detect() {
        return new CsvFormat(null, null, null, DEFAULT_MAX_FIELD_CHARS);
    }

    /** The declared delimiter as a character, or 0 when not declared. */
    public char delimiterChar() {
        return delimiterChar(delimiter);
    }

    static char delimiterChar(String d) {
        if (d == null || d.isEmpty()) return 0;
        switch (d.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "tab": case "\\t": return '\t';
            case "pipe": return '|';
            case "comma": return ',';
            case "semicolon": return ';';
            default:
                if (d.equals("\t")) return '\t';
                if (d.length() != 1) throw new IllegalArgumentException("a CSV delimiter is one character, tab or pipe");
                return d.charAt(0);
        }
    }

    public char quoteChar() {
        if (quote == null || quote.isEmpty()) return '"';
        if (quote.length() != 1) throw new IllegalArgumentException("a CSV quote is one character");
        return quote.charAt(0);
    }

    static String describe(char c) {
        return c == '\t' ? "tab" : "'" + c + "'";
    }
}
