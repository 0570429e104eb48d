package org.jigsaw.ingest.init;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** Says which return table a file is: by header row (CSV), sheet headings (XLSX) or root and header (XML). */
public final class ReturnRecogniser {

    private final CsvHeaders csv = new CsvHeaders();
    private final AnnexAWorkbooks xlsx = new AnnexAWorkbooks();
    private final XmlReturns xml = new XmlReturns();

    /** One recognition per list a file holds (an Annex A workbook may hold List 1 and List 2), at least one. */
    public List<Recognition> recognise(Path file) throws IOException {
        if (!Files.isRegularFile(file)) return List.of(new Recognition.Unknown(file, "no such file"));
        return switch (kind(file)) {
            case "xlsx" -> xlsx.recognise(file);
            case "xml" -> List.of(xml.recognise(file));
            default -> List.of(csv.recognise(file));
        };
    }

    /** By extension, else by the first bytes (a zip is a workbook, '<' is XML). */
    private static String kind(Path file) throws IOException {
        String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (n.endsWith(".xlsx") || n.endsWith(".xlsm")) return "xlsx";
        if (n.endsWith(".xml")) return "xml";
        if (n.endsWith(".csv") || n.endsWith(".txt")) return "csv";
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(64);
        }
        if (head.length >= 2 && head[0] == 'P' && head[1] == 'K') return "xlsx";
        String text = new String(head, java.nio.charset.StandardCharsets.UTF_8).replace("\uFEFF", "").strip();
        return text.startsWith("<") ? "xml" : "csv";
    }
}
