package org.jigsaw.feed;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.hl7.fhir.r4.model.Bundle;
import org.jigsaw.store.SnapshotFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeedExportTest {

    static final LocalDate AS_AT = LocalDate.of(2026, 11, 25);

    @TempDir
    Path dir;

    @Test
    void ehcpFeedWritesSafeCsvValidBundleAndSummaryWithoutIdentifiers() throws Exception {
        EhcpFeedTest fixture = new EhcpFeedTest();
        fixture.dir = dir;
        Path snap = fixture.snapshot();
        EhcpFeedTest.loadFhir();
        FhirContext fhir = EhcpFeedTest.fhir;
        FeedPermit permit = new FeedPermit(FeedKind.EHCP, "dsa-icb", "ehcp_feed", "Testshire ICB");
        Path out = dir.resolve("out");

        EhcpFeedReport report = new EhcpFeedExport(EhcpFeedTest.validator,
                new FhirNaming("https://fhir.testshire.gov.uk", "999"), "Testshire SEND service", id -> "P" + id.length())
                .export(snap, EhcpFeedTest.SINCE, AS_AT, permit, out, Instant.parse("2026-11-25T07:00:00Z"));

        List<CsvRecord> rows;
        try (CsvReader<CsvRecord> reader = CsvReader.builder().detectBomHeader(true).ofCsvRecord(report.csv())) {
            rows = reader.stream().toList();
        }
        assertThat(rows.get(0).getFields()).containsExactlyElementsOf(EhcpFeedExport.CSV_HEADER);
        assertThat(rows).hasSize(4);
        assertThat(rows.get(3).getField(0)).isEqualTo(EhcpFeedTest.NHS_C);
        assertThat(rows.get(3).getField(5)).startsWith("'=");   // formula neutralised

        Bundle bundle = fhir.newJsonParser().parseResource(Bundle.class, Files.readString(report.bundle()));
        assertThat(bundle.getEntry()).hasSize(report.flags()).hasSize(3);
        assertThat(report.validationIssues()).noneMatch(FhirBundleValidator.Issue::isError);

        String summaryText = Files.readString(report.summary());
        JsonNode summary = new ObjectMapper().readTree(summaryText);
        assertThat(summary.get("agreement").asText()).isEqualTo("dsa-icb");
        assertThat(summary.at("/changes/started").asInt()).isEqualTo(1);
        assertThat(summary.at("/changes/need_changed").asInt()).isEqualTo(1);
        assertThat(summary.at("/children_not_fed/no_valid_nhs_number").asInt()).isEqualTo(2);
        assertThat(summary.at("/children_not_fed/conflicting_nhs_numbers").asInt()).isEqualTo(1);
        assertThat(summary.at("/fhir_validation/errors").asInt()).isZero();
        assertThat(summaryText).doesNotContain(EhcpFeedTest.NHS_A).doesNotContain(EhcpFeedTest.NHS_C);
        try (var files = Files.list(out)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
        }
    }

    @Test
    void earlyYearsListsPreSchoolChildrenKnownToHealthOnly() throws Exception {
        Path snap = dir.resolve("ey.duckdb");
        try (SnapshotFixture s = new SnapshotFixture(snap)) {
            s.run("r1", AS_AT);
            s.sourceRun("csds", "NHS community health", AS_AT, 10);
            s.sourceRun("cin", "Children's social care", AS_AT, 10);
            s.sourceRun("sen2", "Education", AS_AT, 10);
            // listed: 2-year-old, early disability recorded by health
            s.person("P1", LocalDate.of(2024, 6, 1), "9990000018", "csds");
            s.exec("UPDATE person SET postcode = 'TS1 4AB' WHERE person_id = 'P1'");
            s.fact("P1", "csds", "early_disability", "CEREBRAL_PALSY", LocalDate.of(2024, 8, 1), null);
            // listed: disability fact from a health source, no NHS number
            s.person("P2", LocalDate.of(2022, 1, 10), null, "csds");
            s.fact("P2", "csds", "disability", "HEARING", LocalDate.of(2023, 2, 1), null);
            // not listed: already known to SEND (SEN support)
            s.person("P3", LocalDate.of(2023, 1, 1), "9990000026", "csds");
            s.fact("P3", "csds", "early_disability", "DOWN_SYNDROME", LocalDate.of(2023, 1, 2), null);
            s.fact("P3", "sen2", "sen_support", null, LocalDate.of(2025, 9, 1), null);
            // not listed: disability known only to social care, not health
            s.person("P4", LocalDate.of(2023, 1, 1), "9990000034", "cin");
            s.fact("P4", "cin", "disability", "LD", LocalDate.of(2024, 1, 1), null);
            // not listed: school age (turned five before the as-at date)
            s.person("P5", LocalDate.of(2021, 6, 1), "9990000042", "csds");
            s.fact("P5", "csds", "early_disability", "AUTISM", LocalDate.of(2023, 1, 1), null);
        }
        FeedPermit permit = new FeedPermit(FeedKind.EARLY_YEARS, "dsa-ey", "early_years_feed", "SEND service");
        EarlyYearsExport.Report report = new EarlyYearsExport().export(snap, AS_AT, permit, dir.resolve("out"),
                Instant.parse("2026-11-25T07:00:00Z"));

        assertThat(report.children()).extracting(EarlyYearsChild::personId).containsExactly("P2", "P1");
        EarlyYearsChild p1 = report.children().get(1);
        assertThat(p1.nhsNumber()).isEqualTo("9990000018");
        assertThat(p1.postcodeDistrict()).isEqualTo("TS1");
        assertThat(p1.disabilities()).containsExactly("CEREBRAL_PALSY");
        assertThat(report.withoutNhsNumber()).isEqualTo(1);
        assertThat(Files.readAllLines(report.csv())).hasSize(3);
        JsonNode summary = new ObjectMapper().readTree(report.summary().toFile());
        assertThat(summary.at("/by_age_years/age_2").asInt()).isEqualTo(1);
        assertThat(summary.at("/by_age_years/age_4").asInt()).isEqualTo(1);
    }

    @Test
    void postcodeDistrict() {
        assertThat(EarlyYearsFinder.district("bs1 4ab")).isEqualTo("BS1");
        assertThat(EarlyYearsFinder.district("SW1A1AA")).isEqualTo("SW1A");
        assertThat(EarlyYearsFinder.district(null)).isNull();
    }
}
