package org.jigsaw.synth;

import static org.assertj.core.api.Assertions.assertThat;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jigsaw.area.Area;
import org.jigsaw.ingest.SourceDefinition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every kind of planted fault occurs, at plausible rates, and the truth files agree with the extracts. */
class SynthFaultsTest {
    private static Path area;
    private static List<String[]> faults;
    private static Map<String, String> recordToPerson;
    private static List<String[]> persons;

    @BeforeAll
    static void load() throws IOException {
        area = SynthAreaFixture.area();
        faults = csv(area.resolve("truth/faults.csv"));
        persons = csv(area.resolve("truth/persons.csv"));
        recordToPerson = new HashMap<>();
        for (String[] r : csv(area.resolve("truth/records.csv"))) recordToPerson.put(r[0], r[1]);
    }

    static List<String[]> csv(Path f) throws IOException {
        List<String[]> out = new ArrayList<>();
        try (CsvReader<CsvRecord> r = CsvReader.builder().ofCsvRecord(f)) {
            boolean header = true;
            for (CsvRecord rec : r) {
                if (header) {
                    header = false;
                    continue;
                }
                out.add(rec.getFields().toArray(String[]::new));
            }
        }
        return out;
    }

    @Test
    void everyKindOfFaultIsPlanted() {
        Map<FaultKind, Integer> counts = new EnumMap<>(FaultKind.class);
        for (String[] f : faults) counts.merge(FaultKind.valueOf(f[3]), 1, Integer::sum);
        assertThat(counts.keySet()).containsExactlyInAnyOrder(FaultKind.values());
    }

    @Test
    void faultsReferToRecordsInTheTruth() {
        for (String[] f : faults) assertThat(recordToPerson).containsKey(f[1]);
        long withLine = faults.stream().filter(f -> f[3].startsWith("MALFORMED_") && !f[0].equals("cin")).count();
        assertThat(faults.stream().filter(f -> f[3].startsWith("MALFORMED_") && !f[0].equals("cin"))
                .allMatch(f -> !f[2].isEmpty())).isTrue();
        assertThat(withLine).isGreaterThan(20);
    }

    @Test
    void faultRatesArePlausible() {
        int records = recordToPerson.size();
        Map<String, Long> byKind = new HashMap<>();
        Set<String> keyKind = new HashSet<>();
        for (String[] f : faults) if (keyKind.add(f[1] + f[3] + f[4])) byKind.merge(f[3], 1L, Long::sum);
        assertThat(byKind.get("NAME_TYPO") / (double) records).isBetween(0.005, 0.06);
        assertThat(byKind.get("DUPLICATE_ROW") / (double) records).isBetween(0.001, 0.02);
        assertThat(byKind.get("DOB_DAY_MONTH_SWAP") / (double) records).isBetween(0.0003, 0.01);
        assertThat(byKind.get("NHS_CHECKSUM_INVALID") + byKind.get("NHS_TRANSPOSED")).isLessThan(records / 50);
        assertThat(byKind.get("MALFORMED_COLUMN_COUNT")).isLessThan(records / 100);
    }

    @Test
    void malformedCsvRowsReallyAreMalformed() throws IOException {
        Map<String, SourceDefinition> defs = new HashMap<>();
        try (var s = Files.list(area.resolve("sources"))) {
            for (Path p : s.toList()) {
                SourceDefinition d = Area.yaml().readValue(p.toFile(), SourceDefinition.class);
                defs.put(d.name(), d);
            }
        }
        int checked = 0;
        for (String[] f : faults) {
            if (!f[3].equals("MALFORMED_COLUMN_COUNT") || !defs.get(f[0]).format().type().equals("csv")) continue;
            SourceDefinition d = defs.get(f[0]);
            // the shipped templates (903) leave the CSV defaults, UTF-8 and comma, unstated
            String delimiter = d.format().delimiter() == null ? "," : d.format().delimiter();
            List<String> lines = lenientLines(area.resolve(d.file()), d.format().encoding() == null ? "UTF-8" : d.format().encoding());
            int expected = lines.get(0).split(java.util.regex.Pattern.quote(delimiter), -1).length;
            int actual = lines.get(Integer.parseInt(f[2]) - 1).split(java.util.regex.Pattern.quote(delimiter), -1).length;
            assertThat(actual).as(f[0] + " line " + f[2]).isNotEqualTo(expected);
            checked++;
        }
        assertThat(checked).isGreaterThan(5);
    }

    @Test
    void twinsShareBirthDateSurnameAndPostcodeButNotGivenNameOrPerson() {
        Map<String, List<String[]>> groups = new HashMap<>();
        for (String[] p : persons) if (!p[14].isEmpty()) groups.computeIfAbsent(p[14], k -> new ArrayList<>()).add(p);
        long pairs = groups.values().stream().filter(g -> g.size() == 2).count();
        assertThat(pairs).isGreaterThan(20);
        for (List<String[]> g : groups.values()) {
            if (g.size() != 2) continue;
            String[] a = g.get(0), b = g.get(1);
            assertThat(a[5]).isEqualTo(b[5]);
            assertThat(a[3]).isEqualTo(b[3]);
            assertThat(a[10]).isEqualTo(b[10]);
            assertThat(a[1]).isNotEqualTo(b[1]);
            assertThat(a[0]).isNotEqualTo(b[0]);
        }
    }

    @Test
    void identifiersInTheTruthAreValidAndSynthetic() {
        for (String[] p : persons) {
            assertThat(p[7]).startsWith("999");
            assertThat(SynthIds.nhsValid(p[7])).isTrue();
            if (!p[8].isEmpty()) assertThat(SynthIds.upnValid(p[8])).as(p[8]).isTrue();
        }
        assertThat(persons.stream().filter(p -> p[11].equals("false"))).isNotEmpty();
        assertThat(persons.stream().filter(p -> p[13].equals("false"))).isNotEmpty();
    }

    @Test
    void nhsNumbersAreRareInLocalAuthorityDataAndFullInHealthData() throws IOException {
        List<String[]> camhs = csvIn(area.resolve("extracts"), "camhs_referrals_", "windows-1252", ',');
        long filled = camhs.stream().filter(r -> r.length > 2 && !r[2].isBlank()).count();
        assertThat(filled / (double) camhs.size()).isGreaterThan(0.95);
        String cin = Files.readString(single(area.resolve("extracts"), "cin_census_"));
        int children = count(cin, "<Child>");
        assertThat(children).isPositive();
        assertThat(cin).as("the CIN census has no NHS number, names or postcode").doesNotContain("<NHSnumber>", "<PostCode>", "<PersonGivenName>");
        String census = lenientLines(single(area.resolve("extracts"), "school_census_"), "UTF-8").get(0);
        assertThat(census.toLowerCase()).doesNotContain("nhs");
    }

    /** Garbage-byte rows make a strict decoder throw; like a careful reader, replace them and go on. */
    static List<String> lenientLines(Path f, String charset) throws IOException {
        String text = new String(Files.readAllBytes(f), java.nio.charset.Charset.forName(charset));
        return List.of(text.replace("\r", "").split("\n"));
    }

    private static int count(String s, String what) {
        int n = 0;
        for (int i = s.indexOf(what); i >= 0; i = s.indexOf(what, i + 1)) n++;
        return n;
    }

    static Path single(Path dir, String prefix) throws IOException {
        try (var s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().startsWith(prefix)).findFirst().orElseThrow();
        }
    }

    private static List<String[]> csvIn(Path dir, String prefix, String charset, char delimiter) throws IOException {
        List<String[]> out = new ArrayList<>();
        String text = String.join("\n", lenientLines(single(dir, prefix), charset));
        try (CsvReader<CsvRecord> r = CsvReader.builder().fieldSeparator(delimiter).allowExtraFields(true).allowMissingFields(true)
                .ofCsvRecord(text)) {
            boolean header = true;
            for (CsvRecord rec : r) {
                if (!header) out.add(rec.getFields().toArray(String[]::new));
                header = false;
            }
        }
        return out;
    }
}
