package org.jigsaw.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jigsaw.area.Area;
import org.jigsaw.progress.Progress;
import org.jigsaw.record.Field;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every kind of bad input is reported and never stops the run; the reconciliation always holds. */
class BadInputTest {

    @TempDir
    Path dir;

    private static final String HEADER = "ID,NHS,Forename,Surname,DOB\n";
    private static final String GOOD = "A1,9990000018,Ann,Lee,01/02/2015\nA2,9990000026,Bob,Ray,02/03/2014\n";

    private IngestRun ingest(String format, String file, byte[] content) throws IOException {
        return ingest(format, file, content, "required: [dob]\n");
    }

    private IngestRun ingest(String format, String file, byte[] content, String extra) throws IOException {
        Files.writeString(dir.resolve("area.yaml"), "name: T\nla_code: \"801\"\nreference_date: 2026-03-31\nage_min: 0\n"
                + "age_max: 25\npopulation: 10\npostcode_districts: [BS1]\n");
        Files.createDirectories(dir.resolve("sources"));
        Files.writeString(dir.resolve("sources/src.yaml"), "name: src\nagency: health\ndataset: test\nfile: " + file + "\n"
                + "format: " + format + "\nextract_date: 2026-03-01\nid: ID\n"
                + "fields: {nhs_number: NHS, given_name: Forename, family_name: Surname, dob: DOB}\n" + extra);
        if (content != null) Files.write(dir.resolve(file), content);
        Area area = Area.open(dir);
        IngestRun run = new AreaIngest().run(area.dir(), area.config(), Progress.NONE);
        assertThat(run.reconciles()).isTrue();
        return run;
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static SourceReconciliation rec(IngestRun run) {
        return run.result().reconciliation().get(0);
    }

    private static String reasons(IngestRun run) {
        return run.result().quarantine().stream().map(QuarantinedRow::reason).sorted().toList().toString();
    }

    private static String findingDetails(IngestRun run, String check) {
        return run.result().findings().stream().filter(f -> f.check().equals(check)).map(QualityFinding::detail).toList().toString();
    }

    @Test
    void missingRequiredColumnNamesSourceFileAndColumn() throws IOException {
        IngestRun run = ingest("{type: csv}", "x.csv", utf8("ID,NHS,Forename,Surname\nA1,9990000018,Ann,Lee\n"));
        assertThat(rec(run).rowsRead()).isZero();
        assertThat(findingDetails(run, "unreadable_file")).contains("source src").contains("x.csv").contains("'DOB'");
        assertThat(run.hasErrors()).isTrue();
        assertThat(run.problems()).anySatisfy(p -> {
            assertThat(p.file()).isEqualTo("x.csv");
            assertThat(p.column()).isEqualTo("DOB");
            assertThat(p.describe()).contains("x.csv:1").contains("DOB").contains("src");
        });
    }

    @Test
    void missingOptionalColumnIsAnErrorInCheckButLoadsTheRest() throws IOException {
        IngestRun run = ingest("{type: csv}", "x.csv", utf8("ID,NHS,Forename,DOB\nA1,9990000018,Ann,01/02/2015\n"));
        assertThat(rec(run).rowsLoaded()).isEqualTo(1);
        assertThat(run.problems()).anySatisfy(p -> assertThat(p.column()).isEqualTo("Surname"));
        assertThat(findingDetails(run, "missing_column")).contains("Surname");
    }

    @Test
    void wrongDelimiterIsDetectedAndUsed() throws IOException {
        String semi = (HEADER + GOOD).replace(',', ';');
        IngestRun run = ingest("{type: csv, delimiter: \",\"}", "x.csv", utf8(semi));
        assertThat(rec(run).rowsLoaded()).isEqualTo(2);
        assertThat(run.result().records().get(0).get(Field.NHS_NUMBER)).isEqualTo("9990000018");
        assertThat(findingDetails(run, "delimiter_mismatch")).contains("';'");
        assertThat(run.hasErrors()).isTrue();
    }

    @Test
    void undeclaredDelimiterIsDetectedSilently() throws IOException {
        IngestRun run = ingest("{type: csv}", "x.csv", utf8((HEADER + GOOD).replace(',', '\t')));
        assertThat(rec(run).rowsLoaded()).isEqualTo(2);
        assertThat(findingDetails(run, "delimiter_mismatch")).isEqualTo("[]");
    }

    @Test
    void truncatedLastLineIsQuarantined() throws IOException {
        IngestRun run = ingest("{type: csv}", "x.csv", utf8(HEADER + GOOD + "A3,99900"));
        assertThat(rec(run)).extracting(SourceReconciliation::rowsRead, SourceReconciliation::rowsLoaded,
                SourceReconciliation::rowsQuarantined).containsExactly(3L, 2L, 1L);
        assertThat(run.result().quarantine().get(0).line()).isEqualTo(4);
        assertThat(reasons(run)).isEqualTo("[WRONG_COLUMN_COUNT]");
    }

    @Test
    void truncatedInsideAQuoteIsQuarantined() throws IOException {
        IngestRun run = ingest("{type: csv}", "x.csv", utf8(HEADER + GOOD + "A3,9990000034,\"Ann"));
        assertThat(rec(run)).extracting(SourceReconciliation::rowsRead, SourceReconciliation::rowsLoaded,
                SourceReconciliation::rowsQuarantined).containsExactly(3L, 2L, 1L);
        assertThat(reasons(run)).isEqualTo("[UNCLOSED_QUOTE]");
    }

    @Test
    void garbageBytesQuarantineTheirRowOnly() throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.writeBytes(utf8(HEADER + GOOD));
        b.writeBytes(utf8("A3,9990000034,"));
        b.writeBytes(new byte[] {(byte) 0xFF, (byte) 0xFE, 0x00, (byte) 0xC3, 0x28, 0x01});
        b.writeBytes(utf8(",Lee,01/02/2015\nA4,9990000042,Cy,Dee,03/04/2013\n"));
        IngestRun run = ingest("{type: csv, encoding: UTF-8}", "x.csv", b.toByteArray());
        assertThat(rec(run)).extracting(SourceReconciliation::rowsRead, SourceReconciliation::rowsLoaded,
                SourceReconciliation::rowsQuarantined).containsExactly(4L, 3L, 1L);
        assertThat(reasons(run)).isEqualTo("[ENCODING_DAMAGE]");
        assertThat(run.result().quarantine().get(0).line()).isEqualTo(4);
    }

    @Test
    void aOneMegabyteFieldIsQuarantinedAndTheRestLoads() throws IOException {
        String big = "x".repeat(1 << 20);
        IngestRun run = ingest("{type: csv}", "x.csv", utf8(HEADER + "A0,9990000034,\"" + big + "\",Lee,01/02/2015\n" + GOOD));
        assertThat(rec(run)).extracting(SourceReconciliation::rowsRead, SourceReconciliation::rowsLoaded,
                SourceReconciliation::rowsQuarantined).containsExactly(3L, 2L, 1L);
        assertThat(reasons(run)).isEqualTo("[FIELD_TOO_LONG]");
        assertThat(run.result().quarantine().get(0).detail()).contains("Forename").doesNotContain("xxxx");
    }

    @Test
    void aSheetThatDoesNotExistIsReportedWithTheSheetsThatDo() throws IOException {
        Path tmp = dir.resolve("wb.xlsx");
        Files.createDirectories(dir);
        Fixtures.writeSocialWorkbook(tmp);
        IngestRun run = ingest("{type: xlsx, sheet: Pupils}", "wb.xlsx", null);
        assertThat(rec(run).rowsRead()).isZero();
        assertThat(findingDetails(run, "unreadable_file")).contains("'Pupils' does not exist").contains("Children");
    }

    @Test
    void xmlThatIsNotWellFormedIsReportedAndEarlierRecordsLoad() throws IOException {
        String xml = "<R><C><ID>A1</ID><NHS>9990000018</NHS><DOB>2015-02-01</DOB></C>\n<C><ID>A2</ID><NHS>99900</NHS>\n"
                + "<DOB>2014-01-01</DOBB></C></R>";
        IngestRun run = ingest("{type: xml, record_path: /R/C}", "x.xml", utf8(xml));
        assertThat(rec(run)).extracting(SourceReconciliation::rowsRead, SourceReconciliation::rowsLoaded,
                SourceReconciliation::rowsQuarantined).containsExactly(2L, 1L, 1L);
        assertThat(reasons(run)).isEqualTo("[MALFORMED_XML]");
        assertThat(run.result().quarantine().get(0).detail()).contains("line 3");
    }

    @Test
    void xmlBrokenBeforeAnyRecordIsAFileProblem() throws IOException {
        IngestRun run = ingest("{type: xml, record_path: /R/C}", "x.xml", utf8("<R><<C>"));
        assertThat(rec(run).rowsRead()).isZero();
        assertThat(findingDetails(run, "unreadable_file")).contains("not well-formed").contains("line 1");
    }

    @Test
    void xmlRefusesExternalEntities() throws IOException {
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE R [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
                + "<R><C><ID>A1</ID><NHS>&e;</NHS><DOB>2015-02-01</DOB></C></R>";
        IngestRun run = ingest("{type: xml, record_path: /R/C}", "x.xml", utf8(xxe));
        assertThat(run.result().records()).allSatisfy(r -> assertThat(r.values().toString()).doesNotContain("root"));
    }

    @Test
    void emptyFileIsReported() throws IOException {
        IngestRun run = ingest("{type: csv}", "x.csv", new byte[0]);
        assertThat(rec(run).rowsRead()).isZero();
        assertThat(findingDetails(run, "unreadable_file")).contains("empty");
        IngestRun xml = ingest("{type: xml, record_path: /R/C}", "y.xml", new byte[0]);
        assertThat(findingDetails(xml, "unreadable_file")).contains("empty");
        IngestRun xlsx = ingest("{type: xlsx}", "z.xlsx", new byte[0]);
        assertThat(findingDetails(xlsx, "unreadable_file")).contains("empty");
    }

    @Test
    void headerOnlyFileLoadsNothingAndSaysSo() throws IOException {
        IngestRun run = ingest("{type: csv}", "x.csv", utf8(HEADER));
        assertThat(rec(run)).extracting(SourceReconciliation::rowsRead, SourceReconciliation::rowsLoaded).containsExactly(0L, 0L);
        assertThat(run.result().findings()).anySatisfy(f -> assertThat(f.check()).isEqualTo("no_rows"));
    }

    @Test
    void noMatchingFileIsReported() throws IOException {
        IngestRun run = ingest("{type: csv}", "missing_*.csv", null);
        assertThat(findingDetails(run, "no_file")).contains("missing_*.csv");
    }

    @Test
    void aDamagedWorkbookIsReportedNotThrown() throws IOException {
        IngestRun run = ingest("{type: xlsx}", "x.xlsx", utf8("this is not a zip file"));
        assertThat(findingDetails(run, "unreadable_file")).contains("x.xlsx");
    }

    @Test
    void missingIdAndRequiredFieldsAreQuarantined() throws IOException {
        IngestRun run = ingest("{type: csv}", "x.csv", utf8(HEADER + ",9990000018,Ann,Lee,01/02/2015\nA2,9990000026,Bob,Ray,\n"
                + "A3,9990000034,Cy,Dee,31/02/2015\n"));
        assertThat(reasons(run)).isEqualTo("[INVALID_REQUIRED, MISSING_ID, MISSING_REQUIRED]");
    }

    @Test
    void aBadDefinitionIsReportedWithItsFile() throws IOException {
        Files.createDirectories(dir.resolve("sources"));
        Files.writeString(dir.resolve("sources/bad.yaml"), "name: bad\nfile: x.csv\nid: ID\nfields: {shoe_size: X}\nunknown_key: 1\n");
        IngestRun run = ingest("{type: csv}", "x.csv", utf8(HEADER + GOOD));
        assertThat(run.problems()).anySatisfy(p -> assertThat(p.file()).isEqualTo("sources/bad.yaml"));
        assertThat(rec(run).rowsLoaded()).isEqualTo(2);
    }

    @Test
    void duplicatesAndRowsPerEventShareOneRecord() throws IOException {
        IngestRun run = ingest("{type: csv}", "x.csv", utf8(HEADER + GOOD + "A1,9990000018,Ann,Lee,01/02/2015\n"
                + "A1,9990000018,Ann,Lee,01/02/2015\nA2,9990000026,Bobby,Ray,02/03/2014\n"));
        assertThat(rec(run)).extracting(SourceReconciliation::rowsRead, SourceReconciliation::rowsLoaded,
                SourceReconciliation::rowsQuarantined).containsExactly(5L, 3L, 2L);
        assertThat(run.result().records()).hasSize(2);
        assertThat(run.result().findings()).anySatisfy(f -> {
            assertThat(f.check()).isEqualTo("id_conflict");
            assertThat(f.count()).isEqualTo(1);
        });
    }
}
