package org.jigsaw.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Configuration mistakes and mistyped paths, as the commands report them: one line a person can act on. */
class ConfigErrorsCommandTest {

    @TempDir
    Path area;

    private record Run(int exit, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int exit = cl.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    /** Two sources, each with its extract and the agreement covering it. */
    private void writeArea() throws Exception {
        Files.writeString(area.resolve("area.yaml"), "name: Testshire\nla_code: \"801\"\nreference_date: 2026-03-31\n");
        Files.createDirectories(area.resolve("sources"));
        Files.createDirectories(area.resolve("agreements"));
        for (String s : new String[] {"census", "health"}) {
            Files.writeString(area.resolve("sources/" + s + ".yaml"), "name: " + s + "\nagency: education\ndataset: " + s + "\n"
                    + "file: " + s + ".csv\nformat: {type: csv}\nid: ID\nfields: {nhs_number: NHS, dob: DOB}\n");
            Files.writeString(area.resolve(s + ".csv"), "ID,NHS,DOB\nA1,9990000018,01/02/2015\n");
        }
        Files.writeString(area.resolve("agreements/all.yaml"), """
                id: all-2026
                parties: [{name: Testshire Council, role: controller}]
                purposes: {send_planning: Planning}
                lawful_basis: {article6: ["6(1)(e)"], article9: ["9(2)(g)"]}
                datasets:
                  - {name: census, fields: [nhs_number, dob]}
                  - {name: health, fields: [nhs_number, dob]}
                access: [{role: analyst, granularity: aggregate}]
                start: 2025-01-01
                end: 2099-01-01
                retention: P30Y
                """);
    }

    private static void assertPlain(String message) {
        assertThat(message).doesNotContainIgnoringCase("jackson").doesNotContainIgnoringCase("snakeyaml")
                .doesNotContain("java.").doesNotContain("Exception").doesNotContain("`").doesNotContain("org.jigsaw");
    }

    @Test
    void aMalformedSourceDefinitionIsReportedWithFileLineAndColumnAndTheOtherSourcesStillLoad() throws Exception {
        writeArea();
        Files.writeString(area.resolve("sources/health.yaml"), "name: health\nagency: education\ndataset: health\n"
                + "file: health.csv\nformat: {type: csv}\nid: ID\nfeilds: {nhs_number: NHS}\n");

        Run check = run("sources", "check", area.toString());
        assertThat(check.exit()).isEqualTo(1);
        String line = check.out().lines().filter(l -> l.startsWith("sources/health.yaml")).findFirst().orElseThrow();
        assertThat(line).startsWith("sources/health.yaml:7: error:").contains("(column 1)").contains("unknown key 'feilds'")
                .contains("expected one of:").contains("fields");
        assertPlain(line);
        assertThat(check.out()).contains("census: 1 rows read = 1 loaded + 0 quarantined");

        java.io.PrintStream stdout = System.out;
        java.io.ByteArrayOutputStream report = new java.io.ByteArrayOutputStream();
        Run refresh;
        try {
            System.setOut(new java.io.PrintStream(report, true, java.nio.charset.StandardCharsets.UTF_8)); // refresh prints its report there
            refresh = run("refresh", area.toString());
        } finally {
            System.setOut(stdout);
        }
        assertThat(refresh.exit()).as(refresh.err()).isZero();
        assertThat(report.toString(java.nio.charset.StandardCharsets.UTF_8)).contains("census: 1 rows read = 1 loaded")
                .contains("definition not loaded: sources/health.yaml line 7").contains("unknown key 'feilds'");
    }

    @Test
    void badIndentationInAreaYamlNamesTheLineInPlainWords() throws Exception {
        writeArea();
        Files.writeString(area.resolve("area.yaml"), "name: Testshire\nla_code: \"801\"\n  reference_date: 2026-03-31\n");
        Run r = run("sources", "check", area.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err().strip()).startsWith("jigsaw check: area.yaml line 3").contains("indentation");
        assertThat(r.err().strip().lines()).hasSize(1);
        assertPlain(r.err());
    }

    @Test
    void aMissingReferenceDateIsAnErrorNotToday() throws Exception {
        writeArea();
        Files.writeString(area.resolve("area.yaml"), "name: Testshire\nla_code: \"801\"\n");
        Run r = run("refresh", area.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("area.yaml: reference_date is missing");
        assertThat(area.resolve("snapshots/CURRENT")).doesNotExist();
    }

    @Test
    void aMalformedAgreementNamesItsFileAndLine() throws Exception {
        writeArea();
        Files.writeString(area.resolve("agreements/all.yaml"), "id: all-2026\nstart: soon\n");
        Run r = run("refresh", area.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("agreements/all.yaml line 2").contains("'start'").contains("'soon' is not a date (YYYY-MM-DD)");
        assertPlain(r.err());
    }

    @Test
    void matchOnAMissingFileSaysNoSuchFile() {
        Path missing = area.resolve("nope.csv");
        Run r = run("match", missing.toString(), "--id", "ID", "--map", "nhs_number=NHS", "--out", area.resolve("o.csv").toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err().strip()).isEqualTo("jigsaw match: no such file: " + missing);
    }

    @Test
    void everyCommandReadingFilesSaysNoSuchFile() throws Exception {
        Files.writeString(area.resolve("a.csv"), "ID,NHS\nA1,9990000018\n");
        Path spec = area.resolve("nospec.yaml");
        Run match = run("match", area.resolve("a.csv").toString(), "--id", "ID", "--map", "nhs_number=NHS",
                "--spec", spec.toString(), "--out", area.resolve("o.csv").toString());
        assertThat(match.err().strip()).isEqualTo("jigsaw match: no such file: " + spec);
        Path in = area.resolve("missing.csv");
        Run encode = run("encode", "--key", area.resolve("keys.yaml").toString(), "--in", in.toString(),
                "--out", area.resolve("e.csv").toString());
        assertThat(encode.err().strip()).isEqualTo("jigsaw encode: no such file: " + in);
        Run link = run("pprl-link", in.toString(), "--out", area.resolve("l.csv").toString());
        assertThat(link.err().strip()).isEqualTo("jigsaw pprl-link: no such file: " + in);
    }
}
