package org.jigsaw.ingest;

import java.util.Locale;
import org.jigsaw.ingest.read.CsvFormat;
import org.jigsaw.ingest.read.CsvRecordReader;
import org.jigsaw.ingest.read.RecordReader;
import org.jigsaw.ingest.read.XlsxRecordReader;
import org.jigsaw.ingest.read.XmlRecordReader;

/** The reader a definition's {@code format} asks for. */
public final class Readers {
    private Readers() {
    }

    public static RecordReader forFormat(SourceDefinition.Format f) {
        String type = f == null || f.type() == null ? "csv" : f.type().strip().toLowerCase(Locale.ROOT);
        return switch (type) {
            case "csv" -> new CsvRecordReader(f == null ? CsvFormat.detect()
                    : new CsvFormat(f.delimiter(), f.quote(), f.encoding(), CsvFormat.DEFAULT_MAX_FIELD_CHARS));
            case "xlsx" -> new XlsxRecordReader(f.sheet(), f.headerRow() == null ? 1 : f.headerRow());
            case "xml" -> new XmlRecordReader(f.recordPath());
            default -> throw new IllegalArgumentException("format type '" + type + "' is not one of csv, xlsx, xml");
        };
    }
}
