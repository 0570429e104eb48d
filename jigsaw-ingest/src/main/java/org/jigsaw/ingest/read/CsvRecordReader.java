package org.jigsaw.ingest.read;

import de.siegmar.fastcsv.reader.CommentStrategy;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;

/** Reads a delimited text file with FastCSV; the first record is the header. */
public final class CsvRecordReader implements RecordReader {
    private static final char[] CANDIDATES = {',', ';', '\t', '|'};
    /** FastCSV's buffer bound: a field beyond it cannot be delimited, so the rest of the file is lost. */
    private static final int MAX_BUFFER = 16 * 1024 * 1024;

    private final CsvFormat format;

    public CsvRecordReader(CsvFormat format) {
        this.format = format;
    }

    @Override
    public void read(Path file, String fileLabel, RowSink sink) throws IOException {
        if (Files.size(file) == 0) throw new SourceFileException(fileLabel, 0, null, "the file is empty");
        TextFile text = TextFile.inspect(file, format.encoding());
        String firstLine = firstLine(text.headText(), format.quoteChar());
        if (firstLine.isBlank()) throw new SourceFileException(fileLabel, 0, null, "the file is empty (no header line)");
        char declared = format.delimiterChar();
        char sniffed = sniff(firstLine, format.quoteChar());
        char delimiter = declared == 0 ? sniffed : declared;
        if (declared != 0 && sniffed != declared && count(firstLine, declared, format.quoteChar()) == 0
                && count(firstLine, sniffed, format.quoteChar()) > 0) {
            delimiter = sniffed;
            sink.notice("delimiter_mismatch", "the definition says the delimiter is " + CsvFormat.describe(declared)
                    + " but the file uses " + CsvFormat.describe(sniffed) + "; read with " + CsvFormat.describe(sniffed));
        }
        if (text.charset.name().equals("UTF-8") && format.encoding() == null && !TextFile.validUtf8(text.head)) {
            sink.notice("encoding", "the file is not valid UTF-8");
        }
        try (Reader reader = text.open(file);
             CsvReader<CsvRecord> csv = CsvReader.builder().fieldSeparator(delimiter).quoteCharacter(format.quoteChar())
                     .commentStrategy(CommentStrategy.NONE).skipEmptyLines(true).allowExtraFields(true)
                     .allowMissingFields(true).allowExtraCharsAfterClosingQuote(true).allowUnclosedQuote(false).maxBufferSize(MAX_BUFFER)
                     .ofCsvRecord(reader)) {
            Iterator<CsvRecord> it = csv.iterator();
            long lastLine = 0;
            Header header = null;
            try {
                while (it.hasNext()) {
                    CsvRecord rec = it.next();
                    lastLine = rec.getStartingLineNumber();
                    if (header == null) {
                        List<String> names = rec.getFields();
                        header = new Header(names);
                        sink.header(header.names());
                        continue;
                    }
                    deliver(rec, header, sink);
                }
            } catch (CsvParseException | UncheckedIOException e) {
                String msg = String.valueOf(e.getMessage()) + (e.getCause() == null ? "" : " " + e.getCause().getMessage());
                BadRowReason reason = msg.contains("buffer") || msg.contains("exceeded") ? BadRowReason.FIELD_TOO_LONG
                        : BadRowReason.UNCLOSED_QUOTE;
                if (header == null) {
                    throw new SourceFileException(fileLabel, 1, null, "the header line cannot be read: "
                            + reason.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '));
                }
                sink.bad(lastLine + 1, reason, reason == BadRowReason.UNCLOSED_QUOTE
                        ? "a quoted field opened here is never closed (truncated file?); the rest of the file is unreadable"
                        : "a field is longer than " + MAX_BUFFER + " characters; the rest of the file is unreadable");
            }
            if (header == null) throw new SourceFileException(fileLabel, 0, null, "the file is empty (no header line)");
        }
    }

    private void deliver(CsvRecord rec, Header header, RowSink sink) {
        long line = rec.getStartingLineNumber();
        int n = rec.getFieldCount();
        if (n != header.size()) {
            sink.bad(line, BadRowReason.WRONG_COLUMN_COUNT, n + " fields where the header has " + header.size());
            return;
        }
        String[] fields = new String[n];
        for (int i = 0; i < n; i++) {
            String f = rec.getField(i);
            if (f.length() > format.maxFieldChars()) {
                sink.bad(line, BadRowReason.FIELD_TOO_LONG, "column '" + header.names().get(i) + "' has "
                        + f.length() + " characters (limit " + format.maxFieldChars() + ")");
                return;
            }
            if (damaged(f)) {
                sink.bad(line, BadRowReason.ENCODING_DAMAGE, "column '" + header.names().get(i)
                        + "' holds bytes that are not text in the file's encoding");
                return;
            }
            fields[i] = f;
        }
        sink.row(new TabularRow(header, fields, line));
    }

    /** U+FFFD from undecodable bytes, or control characters no extract has in a field. */
    static boolean damaged(String f) {
        for (int i = 0; i < f.length(); i++) {
            char c = f.charAt(i);
            if (c < 0x20) {
                if (c != '\t' && c != '\n' && c != '\r') return true;
            } else if (c == '\uFFFD' || (c >= 0x7F && c < 0xA0 && c != 0x85)) {
                return true;
            }
        }
        return false;
    }

    /** The header line (quoted line breaks respected), from the decoded start of the file. */
    static String firstLine(String head, char quote) {
        boolean quoted = false;
        for (int i = 0; i < head.length(); i++) {
            char c = head.charAt(i);
            if (c == quote) quoted = !quoted;
            else if ((c == '\n' || c == '\r') && !quoted) {
                if (i == 0) continue;
                return head.substring(0, i);
            }
        }
        return head;
    }

    /** The candidate delimiter that occurs most often outside quotes in the header line (comma on a tie). */
    static char sniff(String line, char quote) {
        char best = ',';
        int bestCount = 0;
        for (char c : CANDIDATES) {
            int k = count(line, c, quote);
            if (k > bestCount) {
                best = c;
                bestCount = k;
            }
        }
        return best;
    }

    static int count(String line, char c, char quote) {
        int k = 0;
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (ch == quote) quoted = !quoted;
            else if (ch == c && !quoted) k++;
        }
        return k;
    }
}
