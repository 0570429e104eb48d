package org.jigsaw.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import picocli.CommandLine;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 3 acceptance: {@code jigsaw quality} on a synthetic area finds the faults the generator
 * planted, with the counts {@code truth/faults.csv} lists.
 */
class QualityAcceptanceTest {
    @TempDir
    static Path area;
    static int exit;
    static String out;
    /** source|check|field → count, from reports/quality.json */
    static final Map<String, Long> found = new HashMap<>();
    /** source|KIND → planted */
    static final Map<String, Long> planted = new HashMap<>();
    static final Set<String> sources = new TreeSet<>();
    /** source|KIND → record keys */
    static final Map<String, Set<String>> plantedKeys = new HashMap<>();
    /** sources read from spreadsheets: a row cannot have the wrong number of columns there */
    static final Set<String> spreadsheets = new TreeSet<>();

    @BeforeAll
    static void runQuality() throws Exception {
        AcceptanceArea.synth(area, 5_000, 23, 0);
        CommandLine cl = Main.commandLine();
        StringWriter text = new StringWriter();
        cl.setOut(new PrintWriter(text, true));
        exit = cl.execute("quality", area.toString());
        out = text.toString();
        System.out.println(out);
        JsonNode report = new ObjectMapper().readTree(area.resolve("reports/quality.json").toFile());
        for (JsonNode f : report.get("findings")) {
            String source = f.path("source").asText("");
            found.merge(source + "|" + f.get("check").asText() + "|" + f.path("field").asText(""), f.get("count").asLong(), Long::sum);
        }
        for (JsonNode r : report.get("reconciliation")) {
            sources.add(r.get("source").asText());
            assertThat(r.get("rowsRead").asLong()).as(r.get("source").asText())
                    .isEqualTo(r.get("rowsLoaded").asLong() + r.get("rowsQuarantined").asLong());
        }
        try (CsvReader<NamedCsvRecord> csv = CsvReader.builder().ofNamedCsvRecord(area.resolve("truth/faults.csv"))) {
            for (NamedCsvRecord r : csv) {
                planted.merge(r.getField("source") + "|" + r.getField("kind"), 1L, Long::sum);
                plantedKeys.computeIfAbsent(r.getField("source") + "|" + r.getField("kind"), k -> new TreeSet<>()).add(r.getField("record_key"));
            }
        }
        for (String s : sources) {
            if (java.nio.file.Files.readString(area.resolve("sources/" + s + ".yaml")).contains("type: \"xlsx\"")) spreadsheets.add(s);
        }
    }

    private static long found(String source, String check, String field) {
        return found.getOrDefault(source + "|" + check + "|" + (field == null ? "" : field), 0L);
    }

    private static long planted(String source, String kind) {
        return planted.getOrDefault(source + "|" + kind, 0L);
    }

    private static Set<String> keys(String source, String kind) {
        return plantedKeys.getOrDefault(source + "|" + kind, Set.of());
    }

    @Test
    void exitsZeroAndEverySourceReconciles() {
        assertThat(exit).isZero();
        assertThat(sources).hasSizeGreaterThanOrEqualTo(15);
        assertThat(out).contains("rows read =", "Needs attention:", "wrote ");
    }

    @Test
    void theGeneratorWritesOnlyCodesItsDefinitionsList() {
        // No planted fault is an unknown code, so any "code not in the value list" is a definition bug.
        assertThat(found.entrySet()).filteredOn(e -> e.getKey().contains("|unmapped_code|") && e.getValue() > 0).isEmpty();
    }

    @Test
    void malformedRowsAreQuarantinedOneForOne() {
        assertThat(spreadsheets).contains("sen2");
        for (String s : sources) {
            // In a spreadsheet a short row is a row with empty cells: nothing to find.
            if (!spreadsheets.contains(s)) assertThat(found(s, "quarantined_wrong_column_count", null)).as("%s: rows with the wrong number of columns", s)
                    .isEqualTo(planted(s, "MALFORMED_COLUMN_COUNT"));
            assertThat(found(s, "quarantined_encoding_damage", null)).as("%s: rows with bytes that are not text", s)
                    .isEqualTo(planted(s, "MALFORMED_BYTES"));
            // A malformed date of birth (the one required field) that no date format reads is quarantined;
            // one that is merely in another common format (12.5.2011) is read, so at most as many.
            assertThat(found(s, "quarantined_invalid_required", null)).as("%s: unreadable dates of birth", s)
                    .isLessThanOrEqualTo(planted(s, "MALFORMED_DATE"));
        }
        long malformedDates = sources.stream().mapToLong(s -> planted(s, "MALFORMED_DATE")).sum();
        long quarantinedDates = sources.stream().mapToLong(s -> found(s, "quarantined_invalid_required", null)).sum();
        assertThat(malformedDates).isPositive();
        assertThat(quarantinedDates).isGreaterThanOrEqualTo(malformedDates / 2);
    }

    @Test
    void mistypedNhsNumbersAreFoundInvalid() {
        long plantedAll = 0;
        for (String s : sources) {
            // A mistyped digit and a swap of two adjacent different digits both fail the modulus-11 check
            // (a swap of two equal digits changes nothing and is not planted as a fault that matters).
            long expected = planted(s, "NHS_CHECKSUM_INVALID") + planted(s, "NHS_TRANSPOSED");
            plantedAll += expected;
            assertThat(found(s, "invalid", "nhs_number")).as("%s: invalid NHS numbers", s)
                    .isBetween(planted(s, "NHS_CHECKSUM_INVALID"), expected);
        }
        assertThat(plantedAll).isPositive();
    }

    @Test
    void outOfAgeRangeAndOutOfAreaAreCounted() {
        long age = 0, area = 0;
        for (String s : sources) {
            age += planted(s, "OUT_OF_AGE_RANGE");
            // Every row of a person outside the range is found, unless another planted fault on the
            // same row changed or destroyed its date of birth (day/month swap, malformed row).
            Set<String> clean = new TreeSet<>(keys(s, "OUT_OF_AGE_RANGE"));
            for (String kind : List.of("DOB_DAY_MONTH_SWAP", "MALFORMED_DATE", "MALFORMED_BYTES", "MALFORMED_COLUMN_COUNT"))
                clean.removeAll(keys(s, kind));
            assertThat(found(s, "outside_age_range", "dob")).as("%s: outside the age range", s)
                    .isBetween((long) clean.size(), planted(s, "OUT_OF_AGE_RANGE"));
            long outside = found(s, "outside_area", "postcode");
            if (outside > 0 || s.equals("school_census")) {
                // Sources that carry a postcode: every child living outside is found; a stale
                // in-area postcode (the child moved out since) can hide one, so up to 10% fewer.
                area += outside;
                assertThat(outside).as("%s: outside the area", s)
                        .isBetween((long) Math.floor(planted(s, "OUT_OF_AREA") * 0.9), planted(s, "OUT_OF_AREA"));
            }
        }
        assertThat(age).isPositive();
        assertThat(area).isPositive();
    }
}
