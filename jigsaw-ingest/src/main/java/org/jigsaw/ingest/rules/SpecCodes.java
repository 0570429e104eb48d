package org.jigsaw.ingest.rules;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Code lists read from the published specifications bundled beside this class (see the README
 * there), so a rule checks exactly the codes the spec lists and a new spec year is a file swap.
 */
public final class SpecCodes {

    static final String SSDA903 = "SSDA903_schema_2024.yml";
    static final String CIN = "CIN_schema_2024.xsd";

    private SpecCodes() {
    }

    /** The category codes of one SSDA903 table column, e.g. {@code ssda903("Episodes", "LS")}. */
    static Set<String> ssda903(String table, String column) {
        JsonNode categories = read903().path("column_map").path(table).path(column).path("category");
        Set<String> codes = new TreeSet<>();
        // the spec writes one code with a trailing space ("PCCHAN "): codes are compared stripped
        for (JsonNode c : categories) codes.add(c.path("code").asText().strip().toUpperCase(Locale.ROOT));
        if (codes.isEmpty()) throw new IllegalStateException(SSDA903 + " lists no codes for " + table + "." + column);
        return Set.copyOf(codes);
    }

    /** The enumeration of one simple type of the CIN census schema, e.g. {@code cin("primaryneedcodetype")}. */
    static Set<String> cin(String simpleType) {
        Set<String> codes = new TreeSet<>(cinLabels(simpleType).keySet());
        if (codes.isEmpty()) throw new IllegalStateException(CIN + " has no enumeration " + simpleType);
        return Set.copyOf(codes);
    }

    /**
     * The codes of one simple type of the CIN census schema with the label the schema documents for
     * each (e.g. {@code N1} "Abuse or neglect"), so screens say what the return says; a code without
     * documentation maps to itself. Empty when the schema has no such type.
     */
    public static java.util.Map<String, String> cinLabels(String simpleType) {
        NodeList types = readCin().getElementsByTagNameNS(XMLConstants.W3C_XML_SCHEMA_NS_URI, "simpleType");
        java.util.Map<String, String> labels = new java.util.TreeMap<>();
        for (int i = 0; i < types.getLength(); i++) {
            Element t = (Element) types.item(i);
            if (!simpleType.equals(t.getAttribute("name"))) continue;
            NodeList en = t.getElementsByTagNameNS(XMLConstants.W3C_XML_SCHEMA_NS_URI, "enumeration");
            for (int j = 0; j < en.getLength(); j++) {
                Element e = (Element) en.item(j);
                String code = e.getAttribute("value").strip().toUpperCase(Locale.ROOT);
                String doc = e.getTextContent() == null ? "" : e.getTextContent().strip();
                labels.put(code, doc.isEmpty() ? code : doc);
            }
        }
        return java.util.Map.copyOf(labels);
    }

    private static JsonNode read903() {
        try (InputStream in = open(SSDA903)) {
            return new ObjectMapper(new YAMLFactory()).readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static org.w3c.dom.Document readCin() {
        try (InputStream in = open(CIN)) {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return f.newDocumentBuilder().parse(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException(CIN + " cannot be read", e);
        }
    }

    private static InputStream open(String name) throws IOException {
        InputStream in = SpecCodes.class.getResourceAsStream(name);
        if (in == null) throw new IOException("the bundled specification " + name + " is missing");
        return in;
    }
}
