package org.jigsaw.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.jigsaw.ingest.read.BadRowReason;
import org.jigsaw.ingest.read.Row;
import org.jigsaw.ingest.read.RowSink;
import org.jigsaw.ingest.read.SourceFileException;

/**
 * Reads the date a file is as at, where {@link SourceDefinition#referenceDate()} says each file
 * states it (the CIN census {@code Header/CollectionDetails/ReferenceDate}, a SEN2 header), so
 * returns of several years load together, each dated by itself. Only the start of the file is
 * read. A file that does not state a readable date is refused with a message naming the source:
 * a return is never silently dated today.
 */
final class FileDates {

    private FileDates() {
    }

    /** Stops a reader once the first row is in. */
    private static final class Enough extends RuntimeException {
        Enough() {
            super(null, null, false, false);
        }
    }

    /**
     * @param parse the source's date parser (its {@code date_formats})
     * @throws SourceFileException when the file states no date, or one that is not a date
     */
    static LocalDate read(SourceDefinition def, Path file, String label, Function<String, LocalDate> parse) throws IOException {
        SourceDefinition.ReferenceDate rd = def.referenceDate();
        String where;
        String raw;
        if (rd.path() != null && !rd.path().isBlank()) {
            where = "reference_date path " + rd.path();
            raw = xmlValue(file, label, rd.path());
        } else {
            where = "reference_date column '" + rd.column() + "'";
            raw = firstRowValue(def, file, label, rd.column());
        }
        if (raw == null || raw.isBlank()) {
            throw new SourceFileException(label, 0, null, "source " + def.name() + ", file " + label
                    + ": no reference date at " + where + "; the file is not loaded (it would be dated wrongly)");
        }
        LocalDate d = parse.apply(raw.strip());
        if (d == null) {
            throw new SourceFileException(label, 0, null, "source " + def.name() + ", file " + label
                    + ": the value at " + where + " is not a date; the file is not loaded");
        }
        return d;
    }

    /** The text of the first element at an absolute path ({@code /Message/Header/…}), or null. */
    static String xmlValue(Path file, String label, String path) throws IOException {
        List<String> wanted = new ArrayList<>();
        for (String s : path.strip().split("/")) if (!s.isEmpty()) wanted.add(s);
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        List<String> at = new ArrayList<>();
        try (InputStream in = new java.io.BufferedInputStream(Files.newInputStream(file), 1 << 14)) {
            XMLStreamReader x = factory.createXMLStreamReader(in);
            try {
                while (x.hasNext()) {
                    int ev = x.next();
                    if (ev == XMLStreamConstants.START_ELEMENT) {
                        at.add(x.getLocalName());
                        if (at.equals(wanted)) return x.getElementText();
                        // a different branch at the same depth: the header has been passed if the root differs
                        if (at.size() == 1 && !at.get(0).equals(wanted.get(0))) return null;
                    } else if (ev == XMLStreamConstants.END_ELEMENT) {
                        at.remove(at.size() - 1);
                    }
                }
            } finally {
                x.close();
            }
        } catch (XMLStreamException e) {
            throw new SourceFileException(label, 0, null, "the XML is not well-formed before its reference date");
        }
        return null;
    }

    private static String firstRowValue(SourceDefinition def, Path file, String label, String column) throws IOException {
        String[] out = new String[1];
        RowSink first = new RowSink() {
            @Override
            public void header(List<String> columns) {
            }

            @Override
            public void row(Row row) {
                out[0] = row.get(column);
                throw new Enough();
            }

            @Override
            public void bad(long line, BadRowReason reason, String detail) {
            }
        };
        try {
            Readers.forFormat(JoinTables.sheetFormat(def.format(), JoinTables.sheets(def.format()).get(0))).read(file, label, first);
        } catch (Enough e) {
            // the first row was enough
        }
        return out[0];
    }
}
