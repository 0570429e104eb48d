package org.jigsaw.ingest.read;

import java.io.IOException;
import java.nio.file.Path;

/** Reads one extract file and pushes what it finds to a sink. */
public sealed interface RecordReader permits CsvRecordReader, XlsxRecordReader, XmlRecordReader {

    /**
     * @param fileLabel how the file is named in problems and quarantine (relative to the area folder)
     * @throws SourceFileException when the file cannot be read at all
     */
    void read(Path file, String fileLabel, RowSink sink) throws IOException;
}
