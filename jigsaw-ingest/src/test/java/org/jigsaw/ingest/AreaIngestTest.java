package org.jigsaw.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jigsaw.area.Area;
import org.jigsaw.cohort.Fact;
import org.jigsaw.progress.Progress;
import org.jigsaw.record.Field;
import org.jigsaw.record.SourceRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AreaIngestTest {

    @TempDir
    static Path dir;
    static IngestRun run;

    @BeforeAll
    static void ingest() throws Exception {
        Area area = Fixtures.miniArea(dir);
        run = new AreaIngest().run(area.dir(), area.config(), Progress.NONE);
    }

    private static SourceReconciliation rec(String source) {
        return run.result().reconciliation().stream().filter(r -> r.source().equals(source)).findFirst().orElseThrow();
    }

    private static SourceRecord record(String key) {
        return run.result().records().stream().filter(r -> r.key().equals(key)).findFirst().orElseThrow();
    }

    private static long finding(String source, String field, String check) {
        return run.result().findings().stream()
                .filter(f -> java.util.Objects.equals(f.source(), source) && java.util.Objects.equals(f.field(), field)
                        && f.check().equals(check))
                .mapToLong(QualityFinding::count).sum();
    }

    private static List<Fact> facts(String key) {
        return run.result().facts().stream().filter(f -> f.recordKey().equals(key)).toList();
    }

    @Test
    void everySourceReconciles() {
        assertThat(run.result().reconciliation()).hasSize(4).allMatch(SourceReconciliation::reconciles);
        assertThat(rec("census")).extracting(SourceReconciliation::rowsRead, SourceReconciliation::rowsLoaded,
                SourceReconciliation::rowsQuarantined).containsExactly(7L, 5L, 2L);
        assertThat(rec("sen2")).extracting(SourceReconciliation::rowsRead, SourceReconciliation::rowsLoaded).containsExactly(2L, 2L);
        assertThat(rec("health")).extracting(SourceReconciliation::rowsRead, SourceReconciliation::rowsLoaded,
                SourceReconciliation::rowsQuarantined).containsExactly(4L, 3L, 1L);
        assertThat(rec("social")).extracting(SourceReconciliation::rowsRead, SourceReconciliation::rowsLoaded).containsExactly(3L, 3L);
        assertThat(rec("census").line()).isEqualTo("census: 7 rows read = 5 loaded + 2 quarantined");
    }

    @Test
    void quarantineSaysWhereAndWhy() {
        Map<String, Long> reasons = run.result().quarantine().stream()
                .collect(Collectors.groupingBy(QuarantinedRow::reason, Collectors.counting()));
        assertThat(reasons).containsOnly(Map.entry("DUPLICATE_ROW", 1L), Map.entry("WRONG_COLUMN_COUNT", 1L),
                Map.entry("INVALID_REQUIRED", 1L));
        QuarantinedRow dup = run.result().quarantine().stream().filter(q -> q.reason().equals("DUPLICATE_ROW")).findFirst().orElseThrow();
        assertThat(dup.source()).isEqualTo("census");
        assertThat(dup.file()).isEqualTo("extracts/census_2026.csv");
        assertThat(dup.line()).isEqualTo(6);
        QuarantinedRow bad = run.result().quarantine().stream().filter(q -> q.reason().equals("INVALID_REQUIRED")).findFirst().orElseThrow();
        assertThat(bad.line()).isEqualTo(3);
        assertThat(bad.detail()).contains("nhs_number").doesNotContain("9990000019");
    }

    @Test
    void csvWithBomIsStandardised() {
        SourceRecord p1 = record("census:P1");
        assertThat(p1.get(Field.UPN)).isEqualTo("B801200005001");
        assertThat(p1.get(Field.GIVEN_NAME)).isEqualTo("ZOE");
        assertThat(p1.get(Field.FAMILY_NAME)).isEqualTo("OBRIEN-SMITH");
        assertThat(p1.get(Field.DOB)).isEqualTo("2015-03-07");
        assertThat(p1.get(Field.POSTCODE)).isEqualTo("BS1 4DJ");
        assertThat(p1.file()).isEqualTo("extracts/census_2026.csv");
        assertThat(p1.line()).isEqualTo(2);
        assertThat(record("census:P3").get(Field.FORMER_UPN)).isEqualTo("M80120011912A");
        assertThat(record("census:P6").get(Field.GIVEN_NAME)).isEqualTo("SMITH JOHN");
    }

    @Test
    void invalidValuesBecomeNullAndFindings() {
        SourceRecord p4 = record("census:P4");
        assertThat(p4.get(Field.UPN)).isNull();
        assertThat(p4.get(Field.DOB)).isNull();
        assertThat(p4.get(Field.POSTCODE)).isEqualTo("M1 1AE");
        assertThat(record("census:P3").get(Field.POSTCODE)).isNull();
        assertThat(finding("census", "upn", "invalid")).isEqualTo(1);
        assertThat(finding("census", "dob", "invalid")).isEqualTo(1);
        assertThat(finding("census", "postcode", "invalid")).isEqualTo(1);
        assertThat(finding("census", "postcode", "outside_area")).isEqualTo(1);
        assertThat(finding("census", "dob", "outside_age_range")).isEqualTo(1);
        assertThat(record("census:P6").get(Field.DOB)).isEqualTo("1990-01-01");
        assertThat(finding("census", null, "duplicate_rows")).isEqualTo(1);
        assertThat(finding("census", "former_upn", "missing")).isEqualTo(4);
    }

    @Test
    void windows1252SemicolonCsvWithValueMappings() {
        SourceRecord h1 = record("health:H1");
        assertThat(h1.get(Field.NHS_NUMBER)).isEqualTo("9990000018");
        assertThat(h1.get(Field.GIVEN_NAME)).isEqualTo("ZOE");
        assertThat(h1.get(Field.FAMILY_NAME)).isEqualTo("OBRIEN-SMITH");
        assertThat(h1.get(Field.SEX)).isEqualTo("F");
        assertThat(record("health:H4").get(Field.SEX)).isNull();
        assertThat(finding("health", "Gender", "unmapped_code")).isEqualTo(1);
        // an unknown code in a mapped fact column is a finding, never a silently unmapped fact (H4's team 99)
        assertThat(finding("health", "TeamType", "unmapped_code")).isEqualTo(1);
        assertThat(facts("health:H4")).extracting(Fact::type, Fact::code).contains(
                org.assertj.core.groups.Tuple.tuple("referral", "99"));
        assertThat(facts("health:H1")).extracting(Fact::type, Fact::code, Fact::start, Fact::end, Fact::value)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("referral", "SLT", LocalDate.of(2025, 2, 1), LocalDate.of(2025, 2, 1), null),
                        org.assertj.core.groups.Tuple.tuple("on_caseload", "SLT", LocalDate.of(2025, 2, 1), null, null),
                        org.assertj.core.groups.Tuple.tuple("ehc_plan", null, LocalDate.of(2025, 2, 1), null, "health"));
    }

    @Test
    void xlsxSheetHeaderRowAndDateCells() {
        SourceRecord c1 = record("social:C1");
        assertThat(c1.get(Field.DOB)).isEqualTo("2015-03-07");
        assertThat(c1.get(Field.SEX)).isEqualTo("F");
        assertThat(c1.line()).isEqualTo(3);
        assertThat(record("social:C2").get(Field.NHS_NUMBER)).isEqualTo("9990000026");
        assertThat(record("social:C3").get(Field.NHS_NUMBER)).isEqualTo("9990000042");
        assertThat(facts("social:C2")).extracting(Fact::type, Fact::start, Fact::end).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("child_in_need", LocalDate.of(2024, 9, 1), LocalDate.of(2025, 3, 1)),
                org.assertj.core.groups.Tuple.tuple("ehc_plan", LocalDate.of(2023, 1, 1), null));
    }

    @Test
    void xmlRecordPathAndEachYieldOneFactPerRepeatingElement() {
        SourceRecord s2 = record("sen2:S2");
        assertThat(s2.get(Field.GIVEN_NAME)).isEqualTo("WILLIAM");
        assertThat(s2.line()).isEqualTo(16);
        List<Fact> f = facts("sen2:S2");
        assertThat(f).filteredOn(x -> x.type().equals("ehc_assessment_request")).extracting(Fact::start)
                .containsExactly(LocalDate.of(2023, 2, 1), LocalDate.of(2025, 9, 1));
        assertThat(f).filteredOn(x -> x.type().equals("ehc_plan")).extracting(Fact::start, Fact::end)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(LocalDate.of(2023, 6, 1), null));
        assertThat(f).filteredOn(x -> x.type().equals("primary_need")).extracting(Fact::code).containsExactly("MLD");
    }

    @Test
    void conditionalFactsFollowMappedValues() {
        assertThat(facts("census:P1")).extracting(Fact::type).containsExactlyInAnyOrder("ehc_plan", "primary_need");
        assertThat(facts("census:P2")).extracting(Fact::type).containsExactlyInAnyOrder("sen_support", "primary_need");
        assertThat(facts("census:P3")).isEmpty();
    }

    @Test
    void crossSourceChecksCountExactly() {
        assertThat(finding(null, "sen_provision", "sen_provision_conflict")).isEqualTo(1);
        assertThat(finding(null, "primary_need", "primary_need_conflict")).isEqualTo(1);
        assertThat(finding(null, "nhs_number", "ehcp_no_health_record")).isEqualTo(1);
        assertThat(finding(null, "nhs_number", "health_ehcp_no_council_record")).isEqualTo(1);
        assertThat(finding(null, "dob", "dob_conflict")).isEqualTo(1);
    }

    @Test
    void staleExtractIsReported() {
        assertThat(finding("health", null, "stale_extract")).isEqualTo(1);
        assertThat(finding("census", null, "stale_extract")).isZero();
        assertThat(finding("health", null, "extract_age_days")).isEqualTo(151);
    }

    @Test
    void noFindingDetailRepeatsAnIdentifier() {
        assertThat(run.result().findings()).allSatisfy(f -> assertThat(String.valueOf(f.detail()))
                .doesNotContain("9990000", "B801200005001", "OBRIEN"));
        assertThat(run.problems()).allSatisfy(p -> assertThat(p.describe()).doesNotContain("9990000", "B8012000"));
    }
}
