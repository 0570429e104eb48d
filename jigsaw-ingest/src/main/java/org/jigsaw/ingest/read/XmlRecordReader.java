package org.jigsaw.ingest.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Streams an XML extract with StAX, building one small tree per record element so memory stays
 * flat on files of any size. DTDs and external entities are refused (no XXE).
 *
 * @param recordPath {@code /Message/Children/Child} (from the root) or {@code Child} (any element of that name)
 */
public record XmlRecordReader(String recordPath) implements RecordReader {

    public XmlRecordReader {
        if (recordPath == null || recordPath.isBlank()) throw new IllegalArgumentException("an XML source needs record_path");
    }

    @Override
    public void read(Path file, String fileLabel, RowSink sink) throws IOException {
        if (Files.size(file) == 0) throw new SourceFileException(fileLabel, 0, null, "the file is empty");
        boolean absolute = recordPath.strip().startsWith("/");
        List<String> wanted = new ArrayList<>();
        for (String s : recordPath.strip().split("/")) {
            if (!s.isEmpty()) wanted.add(s);
        }
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        sink.header(List.of());
        Deque<String> path = new ArrayDeque<>();
        Deque<XmlNode> open = new ArrayDeque<>();
        XmlNode record = null;
        long records = 0;
        try (InputStream in = new java.io.BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            XMLStreamReader x = factory.createXMLStreamReader(in);
            try {
                while (x.hasNext()) {
                    int ev = x.next();
                    switch (ev) {
                        case XMLStreamConstants.START_ELEMENT: {
                            String name = x.getLocalName();
                            path.addLast(name);
                            if (record == null && matches(path, wanted, absolute)) {
                                record = new XmlNode(name, x.getLocation().getLineNumber());
                                attributes(x, record);
                                open.addLast(record);
                            } else if (record != null) {
                                XmlNode child = new XmlNode(name, x.getLocation().getLineNumber());
                                attributes(x, child);
                                open.peekLast().add(child);
                                open.addLast(child);
                            }
                            break;
                        }
                        case XMLStreamConstants.CHARACTERS:
                        case XMLStreamConstants.CDATA:
                            if (record != null) open.peekLast().text(x.getTextCharacters(), x.getTextStart(), x.getTextLength());
                            break;
                        case XMLStreamConstants.END_ELEMENT:
                            path.removeLast();
                            if (record != null) {
                                XmlNode closed = open.removeLast();
                                if (closed == record) {
                                    if (CsvRecordReader.damaged(record.content())) {
                                        sink.bad(record.line(), BadRowReason.ENCODING_DAMAGE, "the record holds control characters");
                                    } else {
                                        sink.row(record);
                                    }
                                    records++;
                                    record = null;
                                }
                            }
                            break;
                        default:
                            break;
                    }
                }
            } finally {
                x.close();
            }
        } catch (XMLStreamException e) {
            Location loc = e.getLocation();
            long line = loc == null ? 0 : loc.getLineNumber();
            String where = loc == null ? "" : " at line " + loc.getLineNumber() + ", column " + loc.getColumnNumber();
            if (record != null) {
                sink.bad(record.line(), BadRowReason.MALFORMED_XML, "the XML stops being well-formed" + where
                        + "; the rest of the file is unreadable");
                return;
            }
            throw new SourceFileException(fileLabel, line, null, "the XML is not well-formed" + where
                    + (records > 0 ? " (after " + records + " records, which were read)" : ""));
        }
        if (records == 0 && path.isEmpty()) {
            sink.notice("no_records", "no element matches record_path " + recordPath);
        }
    }

    private static void attributes(XMLStreamReader x, XmlNode node) {
        for (int i = 0; i < x.getAttributeCount(); i++) node.attribute(x.getAttributeLocalName(i), x.getAttributeValue(i));
    }

    private static boolean matches(Deque<String> path, List<String> wanted, boolean absolute) {
        if (absolute && path.size() != wanted.size()) return false;
        if (path.size() < wanted.size()) return false;
        var it = path.descendingIterator();
        for (int i = wanted.size() - 1; i >= 0; i--) {
            if (!it.next().equals(wanted.get(i))) return false;
        }
        return true;
    }
}
