package org.jigsaw.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Stream;
import org.jigsaw.govern.AuditEntry;
import org.jigsaw.govern.AuditLog;
import org.jigsaw.store.Duck;
import org.jigsaw.store.Schema;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeedCommandTest {

    static final String RUN = "2026-11-26T06-00-00";

    @TempDir
    Path tmp;
    Path area;

    @BeforeEach
    void area() throws Exception {
        area = Files.createDirectories(tmp.resolve("area"));
        Files.writeString(area.resolve("area.yaml"), "name: Testshire\nla_code: '999'\nreference_date: 2026-11-25\n");
        Path snaps = Files.createDirectories(area.resolve("snapshots"));
        try (Connection c = Duck.openWritable(snaps.resolve(RUN + ".duckdb")); Statement s = c.createStatement()) {
            Schema.create(c);
            s.execute("INSERT INTO run (run_id, area_name, reference_date, status) VALUES ('" + RUN
                    + "', 'Testshire', DATE '2026-11-25', 'OK')");
            s.execute("INSERT INTO source_run VALUES ('sen2', 'sen2', 'education', 's.csv', DATE '2026-11-20', 2, 2, 0), "
                    + "('csds', 'csds', 'health', 'h.csv', DATE '2026-11-20', 1, 1, 0)");
            s.execute("INSERT INTO person (person_id, dob, sex) VALUES ('p1', DATE '2016-01-01', 'F'), "
                    + "('p2', DATE '2024-03-01', 'M')");
            s.execute("INSERT INTO record (record_key, source, nhs_number) VALUES ('sen2:1', 'sen2', '9990000018'), "
                    + "('csds:1', 'csds', '9990000026')");
            s.execute("INSERT INTO person_record VALUES ('p1', 'sen2:1'), ('p2', 'csds:1')");
            s.execute("INSERT INTO fact (person_id, record_key, source, type, code, start_date) VALUES "
                    + "('p1', 'sen2:1', 'sen2', 'ehc_plan', NULL, DATE '2026-10-01'), "
                    + "('p1', 'sen2:1', 'sen2', 'primary_need', 'SLCN', DATE '2026-10-01'), "
                    + "('p2', 'csds:1', 'csds', 'early_disability', 'HEARING', DATE '2024-05-01')");
        }
        Files.writeString(snaps.resolve("CURRENT"), RUN + "\n");
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
}
