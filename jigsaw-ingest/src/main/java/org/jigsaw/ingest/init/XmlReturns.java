package org.jigsaw.ingest.init;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Recognises an XML return by its root element and header, reading only up to the first record:
 * {@code <EXPSSDA903>} is the 903 export; a {@code <Message>} holding {@code Children} is the CIN
 * census (schema year from {@code Header/CollectionDetails/Year}), one holding {@code Persons} is
 * SEN2. Where the header states the reference date is found, not assumed.
 */
final class XmlReturns {

    static final String CIN_REFERENCE_DATE = "/Message/Header/CollectionDetails/ReferenceDate";
    static final String SEN2_REFERENCE_DATE = "/Message/Header/ReferenceDate";
    /** The earliest CIN schema the template is written for; older files are read the same way, with a note. */
    private static final int FIRST_CIN_YEAR = 2022;

    Recognition recognise(Path file) throws IOException {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_COALESCING, true);
        List<String> at = new ArrayList<>();
        Map<String, String> header = new HashMap<>();
        String referencePath = null;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 14)) {
            XMLStreamReader x = f.createXMLStreamReader(in);
            try {
                while (x.hasNext()) {
                    int ev = x.next();
                    if (ev == XMLStreamConstants.START_ELEMENT) {
                        String name = x.getLocalName();
                        at.add(name);
                        if (at.size() == 1 && name.equals("EXPSSDA903")) {
                            return new Recognition.Known(file, ReturnTable.SSDA903_XML, ReturnTable.SSDA903_XML.title(), Map.of());
                        }
                        if (at.size() == 1 && !name.equals("Message")) {
                            return new Recognition.Unknown(file, "XML root <" + name + "> is not a known return (CIN census or SEN2 <Message>, SSDA903 <EXPSSDA903>)");
                        }
                        if (at.size() == 2 && name.equals("Children")) return cin(file, header, referencePath);
                        if (at.size() == 2 && name.equals("Persons")) return sen2(file, header, referencePath);
                        if (at.size() > 2 && at.get(1).equals("Header") && List.of("Collection", "Year", "ReferenceDate").contains(name)) {
                            if (name.equals("ReferenceDate") && referencePath == null) referencePath = "/" + String.join("/", at);
                            header.putIfAbsent(name, x.getElementText().strip());
                            at.remove(at.size() - 1);
                        }
                    } else if (ev == XMLStreamConstants.END_ELEMENT) {
                        at.remove(at.size() - 1);
                    }
                }
            } finally {
                x.close();
            }
        } catch (XMLStreamException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNumber();
            return new Recognition.Unknown(file, "not well-formed XML" + (line > 0 ? " (line " + line + ")" : ""));
        }
        return new Recognition.Unknown(file, "an XML <Message> with neither Children (CIN census) nor Persons (SEN2)");
    }

    private static Recognition cin(Path file, Map<String, String> header, String referencePath) {
        StringBuilder detail = new StringBuilder(ReturnTable.CIN_XML.title());
        String year = header.get("Year");
        if (year != null && year.matches("\\d{4}")) {
            detail.append(", schema year ").append(year);
            if (Integer.parseInt(year) < FIRST_CIN_YEAR) detail.append(" (before ").append(FIRST_CIN_YEAR).append(": read as the 2022 schema)");
        }
        if (referencePath == null) detail.append("; its Header states no ReferenceDate, so refresh cannot date it and will not load it");
        return new Recognition.Known(file, ReturnTable.CIN_XML, detail.toString(),
                Map.of("reference_date_path", referencePath == null ? CIN_REFERENCE_DATE : referencePath));
    }

    private static Recognition sen2(Path file, Map<String, String> header, String referencePath) {
        StringBuilder detail = new StringBuilder(ReturnTable.SEN2_XML.title());
        String year = header.get("Year");
        if (year != null && year.matches("\\d{4}")) detail.append(", collection year ").append(year);
        if (referencePath == null) detail.append("; its Header states no ReferenceDate, so refresh cannot date it and will not load it");
        return new Recognition.Known(file, ReturnTable.SEN2_XML, detail.toString(),
                Map.of("reference_date_path", referencePath == null ? SEN2_REFERENCE_DATE : referencePath));
    }
}
