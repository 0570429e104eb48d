package org.jigsaw.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jigsaw.area.Area;
import org.jigsaw.cohort.Fact;
import org.jigsaw.progress.Progress;
import org.jigsaw.record.Field;
import org.jigsaw.record.SourceRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files in the published layouts (903 Header + Episodes CSV, CIN census XML of two schema years,
 * CBDS pupilonroll + senneeds + addressesonroll, an Annex A List 2 workbook), written by hand from
 * the specifications in the shared formats folder, loaded through the source-definition language.
 */
class RealLayoutsTest {

    @TempDir
    static Path dir;
    static IngestRun run;

    @BeforeAll
    static void ingest() throws Exception {
        Fixtures.copy("areas/returns", dir);
        Files.createDirectories(dir.resolve("annexa"));
        writeAnnexA(dir.resolve("annexa/annex_a.xlsx"));
        Area area = Area.open(dir);
        run = new AreaIngest().run(area.dir(), area.config(), Progress.NONE);
    }

    /** Annex A SEND List 2 split over two sheets, with ILACS-style labels. No dates: status as at the list. */
    static void writeAnnexA(Path file) throws Exception {
        String[] header = {"Unique ID", "UPN", "ULN", "Date of birth", "Gender", "Ethnicity", "SEN primary need"};
        String[][][] sheets = {
                {{"A1", "B801200005001", "", "2015-03-07", "b) Female", "a) WBRI", "ASD - Autistic Spectrum Disorder"},
                        {"A2", "A950000178301", "", "2014-05-01", "a) Male", "b) WIRI", "SLCN - Speech, language and communication needs"}},
                {{"A3", "E801200005003", "", "2016-09-09", "A) male", "a) WBRI", "NSA - No specialist assessment"},
                        {"A4", "U801200005004", "", "2017-01-01", "e) Other", "a) WBRI", "semh - Social, emotional and mental health"}}};
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            wb.createSheet("Guidance").createRow(0).createCell(0).setCellValue("Annex A lists");
            String[] names = {"List 2 - primary", "List 2 - secondary"};
            for (int s = 0; s < sheets.length; s++) {
                Sheet sh = wb.createSheet(names[s]);
                Row h = sh.createRow(0);
                for (int i = 0; i < header.length; i++) h.createCell(i).setCellValue(header[i]);
                for (int r = 0; r < sheets[s].length; r++) {
                    Row row = sh.createRow(r + 1);
                    for (int i = 0; i < header.length; i++) row.createCell(i).setCellValue(sheets[s][r][i]);
                }
            }
            wb.write(out);
        }
    }

    private static SourceReconciliation rec(String source) {
        return run.result().reconciliation().stream().filter(r -> r.source().equals(source)).findFirst().orElseThrow();
    }

    private static SourceRecord record(String key) {
        return run.result().records().stream().filter(r -> r.key().equals(key)).findFirst().orElseThrow();
    }

    private static List<SourceRecord> records(String source) {
        return run.result().records().stream().filter(r -> r.source().equals(source)).toList();
    }

    private static long finding(String source, String field, String check) {
        return run.result().findings().stream()
                .filter(f -> Objects.equals(f.source(), source) && Objects.equals(f.field(), field) && f.check().equals(check))
                .mapToLong(QualityFinding::count).sum();
    }

    private static List<Fact> facts(String key) {
        return run.result().facts().stream().filter(f -> f.recordKey().equals(key)).toList();
    }

    @Test
    void everyDefinitionIsAccepted() {
        // the only errors: the CIN file without a reference date, the episode without DECOM
        assertThat(run.problems()).filteredOn(p -> p.severity() == SourceProblem.Severity.ERROR)
                .extracting(SourceProblem::source, p -> p.message().startsWith("row quarantined"))
                .containsOnly(tuple("cin", false), tuple("lac_episodes", true));
        assertThat(run.result().reconciliation()).hasSize(4).allMatch(SourceReconciliation::reconciles);
    }

    @Test
    void episodesAreJoinedToTheirChildsHeader() {
        // every episode of a child in Header carries that child's DOB, sex and UPN
        SourceRecord first = record("lac_episodes:C1|01/04/2024");
        SourceRecord second = record("lac_episodes:C1|15/06/2024");
        for (SourceRecord r : List.of(first, second)) {
            assertThat(r.get(Field.DOB)).isEqualTo("2015-03-07");
            assertThat(r.get(Field.SEX)).isEqualTo("M");
            assertThat(r.get(Field.UPN)).isEqualTo("B801200005001");
            assertThat(r.get(Field.LOCAL_ID)).isEqualTo("C1");
        }
        assertThat(record("lac_episodes:C2|10/10/2024").get(Field.SEX)).isEqualTo("F");
        assertThat(record("lac_episodes:C2|10/10/2024").values()).containsEntry(Field.POSTCODE, "BS2 3BD");
        assertThat(facts("lac_episodes:C1|01/04/2024")).extracting(Fact::type, Fact::code, Fact::start, Fact::end)
                .containsExactly(tuple("looked_after", "C2", LocalDate.of(2024, 4, 1), LocalDate.of(2024, 6, 15)));
    }

    @Test
    void anEpisodeWithoutAHeaderIsCountedAndStillLoaded() {
        SourceRecord orphan = record("lac_episodes:C9|05/02/2025");
        assertThat(orphan.get(Field.DOB)).isNull();
        assertThat(finding("lac_episodes", "CHILD", "join_unmatched")).isEqualTo(1);
        assertThat(run.problems()).anyMatch(p -> "lac_episodes".equals(p.source()) && p.line() == 6
                && p.message().contains("join 'header'") && !p.message().contains("C9"));
        // 6 rows read = 5 loaded (one per child and episode start) + 1 without DECOM
        assertThat(rec("lac_episodes")).extracting(SourceReconciliation::rowsRead, SourceReconciliation::rowsLoaded,
                SourceReconciliation::rowsQuarantined).containsExactly(6L, 5L, 1L);
        assertThat(records("lac_episodes")).hasSize(5);
        QuarantinedRow noStart = run.result().quarantine().stream().filter(q -> q.source().equals("lac_episodes")).findFirst().orElseThrow();
        assertThat(noStart.reason()).isEqualTo("MISSING_ID");
        assertThat(noStart.detail()).contains("'DECOM'");
    }

    @Test
    void eachCinFileIsDatedByItsOwnHeaderAndSexComesFromEitherSchemaYear() {
        assertThat(facts("cin:S1")).filteredOn(f -> "census".equals(f.value()))
                .extracting(Fact::start, Fact::end)
                .containsExactlyInAnyOrder(tuple(LocalDate.of(2022, 3, 31), LocalDate.of(2022, 3, 31)),
                        tuple(LocalDate.of(2024, 3, 31), LocalDate.of(2024, 3, 31)));
        assertThat(facts("cin:S2")).filteredOn(f -> "census".equals(f.value())).extracting(Fact::start)
                .containsExactly(LocalDate.of(2024, 3, 31));
        // 2022 has GenderCurrent, 2024 has Sex: both give S1's sex, so the two years do not conflict
        assertThat(record("cin:S1").get(Field.SEX)).isEqualTo("F");
        assertThat(record("cin:S2").get(Field.SEX)).isEqualTo("M");
        assertThat(finding("cin", null, "id_conflict")).isZero();
        assertThat(rec("cin").extractDate()).isEqualTo(LocalDate.of(2024, 3, 31));
    }

    @Test
    void aCinFileWithoutAReferenceDateIsAnErrorNamingTheSourceNotToday() {
        assertThat(run.problems()).anyMatch(p -> p.severity() == SourceProblem.Severity.ERROR && "cin".equals(p.source())
                && p.message().contains("source cin") && p.message().contains("CIN_2023_noheader.xml")
                && p.message().contains("no reference date"));
        assertThat(run.result().records()).noneMatch(r -> r.key().equals("cin:S3"));
        assertThat(rec("cin").rowsRead()).isEqualTo(3); // 1 (2022) + 2 (2024); the undated file is not read
    }

    @Test
    void censusPupilsAreJoinedToTheirNeedsAndAddresses() {
        assertThat(record("census:101").get(Field.POSTCODE)).isEqualTo("BS1 4DJ");
        assertThat(record("census:104").get(Field.POSTCODE)).isNull();
        // one fact per joined SEN need row of rank 1; the rank-2 need is not primary
        assertThat(facts("census:101")).extracting(Fact::type, Fact::code, Fact::start, Fact::end)
                .containsExactlyInAnyOrder(tuple("ehc_plan", null, LocalDate.of(2025, 1, 16), null),
                        tuple("primary_need", "ASD", null, null));
        assertThat(facts("census:104")).extracting(Fact::type).containsExactly("sen_support");
        // pupils without a SEN need have no senneeds row by design (optional join): only 104 missing its address counts
        assertThat(finding("census", "pupilonrolltableid", "join_unmatched")).isEqualTo(1);
        assertThat(rec("census")).extracting(SourceReconciliation::rowsRead, SourceReconciliation::rowsLoaded).containsExactly(4L, 4L);
    }

    @Test
    void annexAListSheetsAreReadInTurnAndLabelsMapByPattern() {
        assertThat(records("annex_a_list2")).hasSize(4);
        assertThat(record("annex_a_list2:A1").get(Field.SEX)).isEqualTo("F");
        assertThat(record("annex_a_list2:A2").get(Field.SEX)).isEqualTo("M");
        assertThat(record("annex_a_list2:A3").get(Field.SEX)).isEqualTo("M");
        assertThat(record("annex_a_list2:A3").file()).isEqualTo("annexa/annex_a.xlsx#List 2 - secondary");
        // "e) Other" matches no pattern: a counted finding, not a silent blank
        assertThat(record("annex_a_list2:A4").get(Field.SEX)).isNull();
        assertThat(finding("annex_a_list2", "Gender", "unmapped_code")).isEqualTo(1);
        assertThat(run.result().facts()).filteredOn(f -> f.source().equals("annex_a_list2") && f.type().equals("primary_need"))
                .extracting(Fact::recordKey, Fact::code).containsExactlyInAnyOrder(tuple("annex_a_list2:A1", "ASD"),
                        tuple("annex_a_list2:A2", "SLCN"), tuple("annex_a_list2:A3", "NSA"), tuple("annex_a_list2:A4", "SEMH"));
        // not_in: the child with no specialist assessment is not counted as on SEN support; the rest are, from the list's date
        assertThat(run.result().facts()).filteredOn(f -> f.source().equals("annex_a_list2") && f.type().equals("sen_support"))
                .extracting(Fact::recordKey, Fact::start, Fact::end)
                .containsExactlyInAnyOrder(tuple("annex_a_list2:A1", LocalDate.of(2025, 2, 1), null),
                        tuple("annex_a_list2:A2", LocalDate.of(2025, 2, 1), null),
                        tuple("annex_a_list2:A4", LocalDate.of(2025, 2, 1), null));
    }
}
