package org.jigsaw.synth;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jigsaw.area.Area;
import org.jigsaw.cohort.FactType;
import org.jigsaw.ingest.SourceDefinition;
import org.jigsaw.ingest.SourceDefinition.FactRule;
import org.jigsaw.ingest.init.SourcesInit;
import org.jigsaw.record.Field;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** The generated area folder honours the shared contracts the ingest stage reads it by. */
class SourceContractTest {
    private static Path area;
    private static List<SourceDefinition> sources;

    @BeforeAll
    static void load() throws IOException {
        area = SynthAreaFixture.area();
        sources = new ArrayList<>();
        try (var s = Files.list(area.resolve("sources"))) {
            for (Path p : s.sorted().toList()) {
                SourceDefinition d = Area.yaml().readValue(p.toFile(), SourceDefinition.class);
                assertThat(p.getFileName().toString()).isEqualTo(d.name() + ".yaml");
                sources.add(d);
            }
        }
    }

    @Test
    void theStatutoryReturnsAreReadByTheShippedTemplatesAsSourcesInitWritesThem() throws IOException {
        // init recognises the synthetic returns by their published layout and finds its own definitions there
        List<Path> returns;
        try (var s = Files.list(area.resolve("extracts"))) {
            returns = s.filter(p -> p.getFileName().toString().matches("(ssda903_.*|cin_census_.*)")).sorted().toList();
        }
        assertThat(returns).hasSize(3);
        SourcesInit.Outcome out = SourcesInit.run(area, returns,
                new SourcesInit.Options(SynthOptions.BASE_REFERENCE_DATE, true, false, false));
        assertThat(out.complete()).as(String.join("\n", out.lines())).isTrue();
        assertThat(out.lines()).contains("unchanged sources/ssda903.yaml", "unchanged sources/ssda903_header.yaml",
                "unchanged sources/cin.yaml");
    }

    @Test
    void areaYamlReadsAsAreaConfig() throws IOException {
        Area a = Area.open(area);
        assertThat(a.config().name()).isEqualTo("Synthshire");
        assertThat(a.config().laCode()).matches("\\d{3}");
        assertThat(a.config().onsCode()).matches("E0[689]\\d{6}|E10\\d{6}");
        assertThat(a.config().population()).isBetween(7_000L, 9_000L);
        assertThat(a.config().ageMin()).isZero();
        assertThat(a.config().ageMax()).isEqualTo(25);
        assertThat(a.config().postcodeDistricts()).allMatch(d -> d.matches("[A-Z]{1,2}\\d{1,2}[A-Z]?"));
        assertThat(a.config().referenceDate()).isEqualTo(SynthOptions.BASE_REFERENCE_DATE);
    }

    @Test
    void everySourceIsListedAndUsesTheSharedVocabularies() {
        assertThat(sources).extracting(SourceDefinition::name).containsExactlyInAnyOrder(
                Synthesizer.extracts().stream().flatMap(e -> e.sources().stream()).toArray(String[]::new));
        assertThat(sources.size()).isGreaterThanOrEqualTo(15);
        for (SourceDefinition d : sources) {
            assertThat(Files.isRegularFile(area.resolve(d.file()))).as(d.file()).isTrue();
            assertThat(d.format().type()).isIn("csv", "xlsx", "xml");
            assertThat(d.extractDate() != null || d.referenceDate() != null).as(d.name() + " is dated").isTrue();
            assertThat(d.fields()).containsKey("dob");
            d.fields().keySet().forEach(Field::fromKey);
            if (d.required() != null) assertThat(d.required()).allSatisfy(Field::fromKey);
            for (FactRule f : facts(d)) FactType.fromKey(f.type());
            if (d.dateFormats() != null) for (String p : d.dateFormats()) DateTimeFormatter.ofPattern(p, Locale.ENGLISH);
        }
    }

    /** Every column (or XML path) a definition names. Paths in a fact with {@code each} are relative to it. */
    private static Set<String> recordColumns(SourceDefinition d) {
        Set<String> cols = new LinkedHashSet<>();
        cols.addAll(d.id().names());
        cols.addAll(d.fieldColumns().values());
        for (FactRule f : facts(d)) if (f.each() == null) cols.addAll(factColumns(f));
        if (d.values() != null) for (String c : d.values().keySet()) if (!d.format().type().equals("xml")) cols.add(c);
        return cols;
    }

    private static List<String> factColumns(FactRule f) {
        List<String> cols = new ArrayList<>();
        // "." is the repeated element itself, "@extract_date" the file's date: neither is a column
        for (String c : new String[]{f.start(), f.end(), f.date(), f.code(), f.value()})
            if (c != null && !c.startsWith("=") && !c.startsWith("@") && !c.equals(".")) cols.add(c);
        if (f.when() != null && !f.when().column().equals(".")) cols.add(f.when().column());
        return cols;
    }

    @Test
    void everyMappedColumnExistsInItsFile() throws Exception {
        for (SourceDefinition d : sources) {
            Path file = area.resolve(d.file());
            switch (d.format().type()) {
                case "csv" -> {
                    // a joined table (903 Header) supplies the columns the row itself lacks
                    List<String> header = new ArrayList<>(csvHeader(d, file));
                    for (SourceDefinition.Join j : joins(d)) header.addAll(csvHeader(d, area.resolve(j.file())));
                    assertThat(header).as(d.name()).containsAll(recordColumns(d));
                    // a repeated fact in a CSV source is one per row of a joined table (CBDS senneeds)
                    Set<String> joined = new LinkedHashSet<>();
                    for (SourceDefinition.Join j : joins(d)) joined.add(j.name());
                    assertThat(facts(d)).allMatch(f -> f.each() == null || joined.contains(f.each()));
                }
                case "xlsx" -> {
                    try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
                        Sheet sheet = d.format().sheet() == null ? wb.getSheetAt(0) : wb.getSheet(d.format().sheet());
                        assertThat(sheet).as(d.name() + " sheet").isNotNull();
                        Row head = sheet.getRow(d.format().headerRow() == null ? 0 : d.format().headerRow() - 1);
                        List<String> header = new ArrayList<>();
                        head.forEach(c -> header.add(c.getStringCellValue()));
                        assertThat(header).as(d.name()).containsAll(recordColumns(d));
                        assertThat(sheet.getLastRowNum()).isGreaterThan(50);
                    }
                }
                default -> checkXml(d, file);
            }
        }
    }

    private static List<String> csvHeader(SourceDefinition d, Path file) throws IOException {
        String first = SynthFaultsTest.lenientLines(file, encoding(d)).get(0);
        if (first.startsWith("\uFEFF")) first = first.substring(1);
        return List.of(first.split(java.util.regex.Pattern.quote(delimiter(d)), -1));
    }

    /** The shipped templates leave the CSV defaults (UTF-8, comma) unstated. */
    private static String encoding(SourceDefinition d) {
        return d.format().encoding() == null ? "UTF-8" : d.format().encoding();
    }

    private static String delimiter(SourceDefinition d) {
        return d.format().delimiter() == null ? "," : d.format().delimiter();
    }

    /** The 903 Header template yields no fact. */
    private static List<FactRule> facts(SourceDefinition d) {
        return d.facts() == null ? List.of() : d.facts();
    }

    private static List<SourceDefinition.Join> joins(SourceDefinition d) {
        return d.joins() == null ? List.of() : d.joins();
    }

    private void checkXml(SourceDefinition d, Path file) throws Exception {
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile());
        List<Element> records = elements(doc.getDocumentElement(), d.format().recordPath().substring(1).split("/"), 1);
        assertThat(records).hasSizeGreaterThan(50);
        for (String path : recordColumns(d)) {
            if (path.equals(d.fieldColumns().get("former_upn"))) continue; // optional items are omitted when empty (DfE XML convention)
            assertThat(records.stream().anyMatch(r -> !elements(r, path.split("/"), 0).isEmpty())).as(d.name() + " " + path).isTrue();
        }
        for (FactRule f : facts(d)) {
            if (f.each() == null) continue;
            List<Element> each = new ArrayList<>();
            for (Element r : records) each.addAll(elements(r, f.each().split("/"), 0));
            assertThat(each).as(f.each()).isNotEmpty();
            for (String path : factColumns(f)) {
                assertThat(each.stream().anyMatch(e -> !elements(e, path.split("/"), 0).isEmpty())).as(d.name() + " " + f.each() + "/" + path).isTrue();
            }
            if (d.values() != null) {
                for (String key : d.values().keySet()) {
                    boolean inRecord = records.stream().anyMatch(r -> !elements(r, key.split("/"), 0).isEmpty());
                    boolean inEach = each.stream().anyMatch(e -> !elements(e, key.split("/"), 0).isEmpty());
                    assertThat(inRecord || inEach || !factColumns(f).contains(key)).isTrue();
                }
            }
        }
    }

    /** Elements under {@code from} along the path (step i onward); the first step may name {@code from} itself. */
    private static List<Element> elements(Element from, String[] steps, int start) {
        List<Element> current = List.of(from);
        if (start == 1 && !from.getTagName().equals(steps[0])) return List.of();
        for (int i = start; i < steps.length; i++) {
            List<Element> next = new ArrayList<>();
            for (Element e : current) {
                NodeList kids = e.getChildNodes();
                for (int k = 0; k < kids.getLength(); k++) {
                    Node n = kids.item(k);
                    if (n instanceof Element c && c.getTagName().equals(steps[i])) next.add(c);
                }
            }
            current = next;
        }
        return current;
    }

    @Test
    void datesOfBirthParseWithTheDeclaredFormats() throws IOException {
        for (SourceDefinition d : sources) {
            if (!d.format().type().equals("csv")) continue;
            Path file = area.resolve(d.file());
            // the 903 Episodes' DOB is in the Header table they are joined to
            if (!csvHeader(d, file).contains(d.fieldColumns().get("dob"))) file = area.resolve(joins(d).get(0).file());
            List<String> lines = SynthFaultsTest.lenientLines(file, encoding(d));
            List<String> header = csvHeader(d, file);
            int dob = header.indexOf(d.fieldColumns().get("dob"));
            int ok = 0, total = 0;
            for (String line : lines.subList(1, Math.min(lines.size(), 400))) {
                String[] cells = line.split(java.util.regex.Pattern.quote(delimiter(d)), -1);
                if (cells.length <= dob) continue;
                total++;
                if (d.dateFormats() == null) {
                    // no formats given: the ingest recognises the usual ones itself
                    if (org.jigsaw.identity.Dates.parse(cells[dob], 2026).isPresent()) ok++;
                    continue;
                }
                for (String p : d.dateFormats()) {
                    try {
                        LocalDate.parse(cells[dob], DateTimeFormatter.ofPattern(p, Locale.ENGLISH));
                        ok++;
                        break;
                    } catch (RuntimeException ignored) {
                        // try the next format
                    }
                }
            }
            assertThat(total).as(d.name()).isPositive();
            assertThat(ok / (double) total).as(d.name()).isGreaterThan(total < 50 ? 0.75 : 0.9);
        }
    }

    @Test
    void encodingsAndDelimitersVary() {
        assertThat(sources).extracting(s -> s.format().encoding()).contains("UTF-8", "windows-1252");
        assertThat(sources).extracting(s -> s.format().delimiter()).contains(",", ";", "|");
        assertThat(sources).extracting(s -> s.format().type()).contains("csv", "xlsx", "xml");
    }
}
