package org.jigsaw.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jigsaw.govern.AuditEntry;
import org.jigsaw.govern.AuditLog;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeedCommandTest {

    @TempDir
    Path tmp;
    Path area;

    @BeforeEach
    void area() throws Exception {
        area = TinySnapshot.write(tmp.resolve("area"));
    }

    private void agreement(String purpose, String facts) throws Exception {
        Files.createDirectories(area.resolve("agreements"));
        Files.writeString(area.resolve("agreements/" + purpose + ".yaml"), """
                id: %s
                title: Feed
                parties:
                  - {name: Testshire County Council, role: controller}
                  - {name: Testshire ICB, role: controller}
                purposes:
                  %s: Sharing with the partner
                lawful_basis: {article6: ["6(1)(e)"], article9: ["9(2)(h)"]}
                datasets:
                  - {name: d, provider: Testshire County Council, fields: [nhs_number], facts: [%s]}
                access:
                  - {role: admin, granularity: individual, purposes: [%s]}
                start: 2026-01-01
                end: 2099-12-31
                retention: P1Y
                """.formatted(purpose.replace('_', '-'), purpose, facts, purpose));
    }

    @Test
    void ehcpFeedWritesFilesAndAuditsUnderTheAgreement() throws Exception {
        agreement("ehcp_feed", "ehc_plan, primary_need");
        int code = Main.commandLine().execute("feed", "ehcp", area.toString(), "--since", "2026-09-01",
                "--out", tmp.resolve("out").toString());
        assertThat(code).isZero();
        try (Stream<Path> files = Files.list(tmp.resolve("out"))) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder(
                    "ehcp-2026-09-01-to-2026-11-25.csv", "ehcp-2026-09-01-to-2026-11-25.fhir.json",
                    "ehcp-2026-09-01-to-2026-11-25.summary.json");
        }
        assertThat(Files.readString(tmp.resolve("out/ehcp-2026-09-01-to-2026-11-25.csv")))
                .contains("9990000018,STARTED,2026-10-01,2026-10-01,,SLCN");
        List<AuditEntry> audit = AuditLog.open(area).entries();
        assertThat(audit).anyMatch(e -> "feed".equals(e.action()) && e.what().contains("under ehcp-feed")
                && "ehcp_feed".equals(e.purpose()));
    }

    @Test
    void feedWithoutAPermittingAgreementIsRefusedAndAudited() throws Exception {
        agreement("early_years_feed", "early_disability");
        int code = Main.commandLine().execute("feed", "ehcp", area.toString(), "--since", "2026-09-01",
                "--out", tmp.resolve("out").toString());
        assertThat(code).isEqualTo(1);
        assertThat(tmp.resolve("out")).doesNotExist();
        assertThat(AuditLog.open(area).entries()).anyMatch(e -> "feed".equals(e.action()) && !e.allowed());
    }

    @Test
    void earlyYearsFeed() throws Exception {
        agreement("early_years_feed", "early_disability");
        int code = Main.commandLine().execute("feed", "early-years", area.toString(), "--out", tmp.resolve("out").toString());
        assertThat(code).isZero();
        assertThat(Files.readAllLines(tmp.resolve("out/early-years-2026-11-25.csv")))
                .hasSize(2).element(1).asString().startsWith("9990000026,2024-03-01,");
    }

    @Test
    void aFeedWhoseAuditEntryCannotBeWrittenLeavesNoFileBehind() throws Exception {
        agreement("ehcp_feed", "ehc_plan, primary_need");
        agreement("early_years_feed", "early_disability");
        TinySnapshot.breakAuditLog(area);
        Path out = tmp.resolve("out");
        assertThat(Main.commandLine().execute("feed", "ehcp", area.toString(), "--since", "2026-09-01",
                "--out", out.toString())).isEqualTo(1);
        assertThat(out).doesNotExist();
        Files.createDirectories(out);
        assertThat(Main.commandLine().execute("feed", "early-years", area.toString(), "--out", out.toString())).isEqualTo(1);
        try (Stream<Path> left = Files.walk(out)) {
            assertThat(left.filter(Files::isRegularFile)).isEmpty();
        }
        try (Stream<Path> left = Files.list(out)) {
            assertThat(left).as("no staging folder left either").isEmpty();
        }
    }

    @Test
    void aPlanEndingBeforeItStartsIsLeftOutAndListedWhileTheRestIsFed() throws Exception {
        agreement("ehcp_feed", "ehc_plan, primary_need");
        try (java.sql.Connection c = org.jigsaw.store.Duck.openWritable(area.resolve("snapshots/" + TinySnapshot.RUN + ".duckdb"));
             java.sql.Statement s = c.createStatement()) {
            s.execute("INSERT INTO person (person_id, dob, sex) VALUES ('p3', DATE '2015-02-01', 'M')");
            s.execute("INSERT INTO record (record_key, source, nhs_number) VALUES ('sen2:3', 'sen2', '9990000034')");
            s.execute("INSERT INTO person_record VALUES ('p3', 'sen2:3')");
            s.execute("INSERT INTO fact (person_id, record_key, source, type, code, start_date, end_date) VALUES "
                    + "('p3', 'sen2:3', 'sen2', 'ehc_plan', NULL, DATE '2026-10-10', DATE '2026-09-15')");
        }
        Path out = tmp.resolve("out");
        int code = Main.commandLine().execute("feed", "ehcp", area.toString(), "--since", "2026-09-01", "--out", out.toString());

        assertThat(code).as("one contradictory record does not stop the feed").isZero();
        String stem = "out/ehcp-2026-09-01-to-2026-11-25";
        assertThat(Files.readString(tmp.resolve(stem + ".csv")))
                .contains("9990000018,STARTED").doesNotContain("9990000034");
        assertThat(Files.readString(tmp.resolve(stem + ".fhir.json"))).doesNotContain("9990000034");
        var summary = new com.fasterxml.jackson.databind.ObjectMapper().readTree(tmp.resolve(stem + ".summary.json").toFile());
        assertThat(summary.path("records_not_fed").path("end_before_start").asInt()).isEqualTo(1);
        assertThat(summary.path("records_not_fed").path("records").get(0).path("record").asText())
                .isEqualTo(org.jigsaw.govern.KeyFilePersonIdPseudonymiser.forArea(area).pseudonym("sen2:3"));
        assertThat(summary.toString()).doesNotContain("sen2:3").doesNotContain("9990000034");
    }
}
