package org.jigsaw.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jigsaw.govern.AuditEntry;
import org.jigsaw.govern.AuditLog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class IngestCommandsTest {

    @TempDir
    Path area;

    private void writeArea(String rows) throws Exception {
        Files.writeString(area.resolve("area.yaml"), "name: Testshire\nla_code: \"801\"\nreference_date: 2026-03-31\n"
                + "age_min: 0\nage_max: 25\npopulation: 100\npostcode_districts: [BS1]\n");
        Files.createDirectories(area.resolve("sources"));
        Files.writeString(area.resolve("sources/census.yaml"), "name: census\nagency: education\ndataset: school_census\n"
                + "file: census.csv\nformat: {type: csv}\nextract_date: 2026-01-15\nid: ID\n"
                + "fields: {upn: UPN, given_name: Forename, family_name: Surname, dob: DOB, postcode: Postcode}\n"
                + "required: [dob]\n");
        Files.writeString(area.resolve("census.csv"), "ID,UPN,Forename,Surname,DOB,Postcode\n" + rows);
        Files.createDirectories(area.resolve("agreements"));
        Files.writeString(area.resolve("agreements/census.yaml"), """
                id: census-2026
                parties: [{name: Testshire Council, role: controller}]
                purposes: {send_planning: Planning}
                lawful_basis: {article6: ["6(1)(e)"], article9: ["9(2)(g)"]}
                datasets:
                  - {name: school_census, fields: [upn, given_name, family_name, dob, postcode]}
                access: [{role: analyst, granularity: aggregate}]
                start: 2025-01-01
                end: 2099-01-01
                retention: P30Y
                """);
    }

    private record Run(int exit, String out) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(new StringWriter()));
        int exit = cl.execute(args);
        return new Run(exit, out.toString());
    }

    @Test
    void sourcesCheckPassesACleanAreaAndFailsOnProblemsWithFileAndLine() throws Exception {
        writeArea("A1,B801200005001,Ann,Lee,01/02/2015,BS1 4DJ\n");
        Run clean = run("sources", "check", area.toString());
        assertThat(clean.exit()).isZero();
        assertThat(clean.out()).contains("census: 1 rows read = 1 loaded + 0 quarantined").contains("0 errors");

        writeArea("A1,B801200005001,Ann,Lee,01/02/2015,BS1 4DJ\nA2,X,Bob,Ray,31/02/2015,BS1 4DJ\nA3,B801200005001,Cy\n");
        Run bad = run("sources", "check", area.toString());
        assertThat(bad.exit()).isEqualTo(1);
        assertThat(bad.out()).contains("census.csv:3: error: column 'DOB'").contains("census.csv:4: error:")
                .contains("WRONG_COLUMN_COUNT").contains("census: 3 rows read = 1 loaded + 2 quarantined");
    }

    @Test
    void aSourceNoAgreementCoversIsNotReadByEitherCommandAndTheySayWhy() throws Exception {
        writeArea("A1,B801200005001,Ann,Lee,01/02/2015,BS1 4DJ\nA2,X,Bob,Ray,31/02/2015,BS1 4DJ\n");
        Files.delete(area.resolve("agreements/census.yaml"));
        Run check = run("sources", "check", area.toString());
        assertThat(check.out()).contains("source census not ingested: no data-sharing agreement covers dataset 'school_census'")
                .doesNotContain("rows read").doesNotContain("census.csv:3");
        Run quality = run("quality", area.toString());
        assertThat(quality.out()).contains("source census not ingested").doesNotContain("rows read");
        assertThat(Files.readString(area.resolve("reports/quality.csv"))).contains("agreement_not_in_force");
    }

    @Test
    void qualityPrintsReconciliationAndWritesTheReport() throws Exception {
        writeArea("A1,B801200005001,Ann,Lee,01/02/2015,BS1 4DJ\nA2,\"=HYPERLINK(\"\"http://x\"\")\",Bob,Ray,02/02/2015,M1 1AE\n");
        Run r = run("quality", area.toString());
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("census: 2 rows read = 2 loaded + 0 quarantined").contains("postcode outside the area");
        for (String f : new String[] {"quality.html", "quality.csv", "quality.json", "quarantine.csv"}) {
            assertThat(area.resolve("reports").resolve(f)).exists();
        }
        assertThat(Files.readString(area.resolve("reports/quality.csv"))).doesNotContain(",=");
    }

    @Test
    void commandsThatReadTheExtractsAuditWhatTheyReadAndUnderWhichAgreement() throws Exception {
        writeArea("A1,B801200005001,Ann,Lee,01/02/2015,BS1 4DJ\nA2,B801200005002,Bob,Ray,02/02/2015,BS1 4DJ\n");
        assertThat(run("sources", "check", area.toString()).exit()).isZero();
        assertThat(run("quality", area.toString()).exit()).isZero();
        assertThat(run("refresh", area.toString()).exit()).isZero();
        List<AuditEntry> audit = AuditLog.open(area).entries();
        assertThat(audit).extracting(AuditEntry::action).containsExactly("sources check", "quality", "refresh", "refresh");
        assertThat(audit).allSatisfy(e -> {
            assertThat(e.user()).isEqualTo("cli:" + System.getProperty("user.name"));
            assertThat(e.purpose()).isEqualTo("processing");
            assertThat(e.allowed()).isTrue();
        });
        assertThat(audit.get(1).what()).isEqualTo("people:extracts of census under census-2026");
        assertThat(audit.get(1).rows()).isEqualTo(2);
        assertThat(audit.get(3).what()).startsWith("people:snapshot ").endsWith(" published");
        assertThat(audit.get(3).rows()).isEqualTo(2);
    }

    @Test
    void qualityWritesNoReportWhenItsReadCannotBeAudited() throws Exception {
        writeArea("A1,B801200005001,Ann,Lee,01/02/2015,BS1 4DJ\n");
        TinySnapshot.breakAuditLog(area);
        assertThat(run("quality", area.toString()).exit()).isEqualTo(1);
        assertThat(area.resolve("reports")).doesNotExist();
        assertThat(run("refresh", area.toString()).exit()).isEqualTo(1);
        assertThat(area.resolve("snapshots/CURRENT")).doesNotExist();
    }

    @Test
    void benchIngestPrintsOneJsonLine() {
        PrintStream old = System.out;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
        int exit;
        try {
            exit = Main.commandLine().execute("bench", "ingest", "--rows", "3000");
        } finally {
            System.setOut(old);
        }
        String out = buf.toString(StandardCharsets.UTF_8).strip();
        assertThat(exit).isZero();
        assertThat(out.lines()).hasSize(1);
        assertThat(out).startsWith("{\"bench\":\"ingest\",\"rows\":3000,").contains("\"rows_per_s\":").contains("\"peak_heap_mb\":")
                .contains("\"reconciles\":true");
    }
}
