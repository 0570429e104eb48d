package org.jigsaw.govern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jigsaw.cohort.Fact;
import org.jigsaw.ingest.SourceDefinition;
import org.jigsaw.record.Field;
import org.jigsaw.record.SourceRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AgreementSetTest {
    @TempDir
    Path dir;

    static SourceDefinition source(String name, String dataset, LocalDate extract, String... fields) {
        Map<String, String> map = new java.util.LinkedHashMap<>();
        for (String f : fields) map.put(f, f.toUpperCase());
        return new SourceDefinition(name, "health", dataset, name + ".csv", null, extract, "ID", map, null, null, null, null);
    }

    @Test
    void sourceWithoutAgreementIsNotIngested() throws IOException {
        AgreementSet set = AgreementSet.load(Fixtures.area(dir, Fixtures.HEALTH));
        Admission a = set.admit(source("census", "school_census", null, "upn"), LocalDate.of(2026, 6, 1));
        assertThat(a.admitted()).isFalse();
        assertThat(a.reason()).contains("no data-sharing agreement covers dataset 'school_census'");
        assertThat(a.filter(new SourceRecord("census:1", "census", "f", 1, Map.of(Field.UPN, "A123")))).isNull();
    }

    @Test
    void expiredAgreementStopsIngestFromItsEndDateAndTheRunSaysSo() throws IOException {
        AgreementSet set = AgreementSet.load(Fixtures.area(dir, Fixtures.OLD_YJ));
        SourceDefinition yj = source("yot", "youth_justice", null, "dob");
        assertThat(set.admit(yj, LocalDate.of(2026, 3, 30)).admitted()).isTrue();
        Admission after = set.admit(yj, LocalDate.of(2026, 3, 31));
        assertThat(after.admitted()).isFalse();
        assertThat(after.reason()).contains("youth-justice-2023 ended on 2026-03-31");
        assertThat(set.notices(LocalDate.of(2026, 4, 1))).anyMatch(s -> s.contains("ended on 2026-03-31") && s.contains("no longer used"));
    }

    @Test
    void fieldOutsideTheAgreementIsNeverStored() throws IOException {
        AgreementSet set = AgreementSet.load(Fixtures.area(dir, Fixtures.HEALTH));
        Admission a = set.admit(source("chs", "community_health", null, "nhs_number", "dob", "upn", "address"), LocalDate.of(2026, 6, 1));
        assertThat(a.admitted()).isTrue();
        assertThat(a.droppedFields()).containsExactly("upn", "address");
        assertThat(a.reason()).contains("discarded: upn, address");
        SourceRecord r = new SourceRecord("chs:1", "chs", "f", 2, Map.of(Field.NHS_NUMBER, "9990000018",
                Field.DOB, "2015-01-02", Field.UPN, "A123456789012", Field.ADDRESS, "1 High St"));
        SourceRecord kept = a.filter(r);
        assertThat(kept.values()).containsOnlyKeys(Field.NHS_NUMBER, Field.DOB);
    }

    @Test
    void factsOutsideTheAgreementOrPastRetentionAreDropped() throws IOException {
        AgreementSet set = AgreementSet.load(Fixtures.area(dir, Fixtures.HEALTH));
        Admission a = set.admit(source("chs", "community_health", LocalDate.of(2026, 5, 1), "dob"), LocalDate.of(2026, 6, 1));
        assertThat(a.retentionCutoff()).isEqualTo(LocalDate.of(2024, 6, 1));
        assertThat(a.keep(new Fact("chs:1", "chs", "referral", null, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 1, 1), null))).isTrue();
        assertThat(a.keep(new Fact("chs:1", "chs", "referral", null, LocalDate.of(2024, 5, 1), LocalDate.of(2024, 5, 1), null))).isFalse();
        assertThat(a.keep(new Fact("chs:1", "chs", "on_caseload", "SLT", LocalDate.of(2020, 1, 1), null, null))).as("open status").isTrue();
        assertThat(a.keep(new Fact("chs:1", "chs", "ehc_plan", null, LocalDate.of(2025, 1, 1), null, null))).as("not shared").isFalse();
    }

    @Test
    void extractPastRetentionIsNotIngested() throws IOException {
        AgreementSet set = AgreementSet.load(Fixtures.area(dir, Fixtures.HEALTH));
        Admission a = set.admit(source("chs", "community_health", LocalDate.of(2024, 1, 1), "dob"), LocalDate.of(2026, 6, 1));
        assertThat(a.admitted()).isFalse();
        assertThat(a.reason()).contains("past retention");
    }

    @Test
    void warnsThirtyDaysBeforeReviewAndEnd() throws IOException {
        AgreementSet set = AgreementSet.load(Fixtures.area(dir, Fixtures.HEALTH));
        assertThat(set.notices(LocalDate.of(2026, 10, 31))).isEmpty();
        assertThat(set.notices(LocalDate.of(2026, 11, 1))).singleElement().asString().contains("due for review on 2026-12-01 (in 30 days)");
        assertThat(set.find("health-send-2026").orElseThrow().status(LocalDate.of(2026, 12, 2))).isEqualTo(AgreementStatus.REVIEW_OVERDUE);
        assertThat(set.notices(LocalDate.of(2027, 12, 10))).anyMatch(s -> s.contains("ends on 2027-12-31"));
    }

    @Test
    void invalidAgreementsNameTheFileAndEveryProblem(@TempDir Path other) throws IOException {
        Fixtures.area(other, Fixtures.HEALTH.replace("9(2)(h)", "9(2)(z)").replace("nhs_number,", "nhs_no,")
                .replace("retention: P2Y", "retention: P0D"));
        assertThatThrownBy(() -> AgreementSet.load(other))
                .hasMessageContaining("agreements/a0.yaml")
                .hasMessageContaining("9(2)(z)")
                .hasMessageContaining("unknown field 'nhs_no'")
                .hasMessageContaining("retention");
    }

    @Test
    void writtenAgreementReadsBack() throws IOException {
        AgreementSet set = AgreementSet.load(Fixtures.area(dir, Fixtures.HEALTH));
        Path copy = Files.createDirectories(dir.resolve("copy"));
        AgreementSet.write(copy, set.all().get(0));
        AgreementSet back = AgreementSet.load(copy);
        assertThat(back.all()).containsExactlyElementsOf(set.all());
        assertThat(Files.readString(copy.resolve("agreements/health-send-2026.yaml"))).contains("retention: P2Y").contains("start: 2026-01-01");
    }

    @Test
    void suppressionForCombinedDatasetsIsTheStrictest() {
        Agreement a = new Agreement("a", null, List.of(new Agreement.Party("LA", "controller", null)), Map.of("p", "p"),
                new LawfulBasis(List.of("6(1)(e)"), List.of(), null, null),
                List.of(new Agreement.DatasetShare("x", null, List.of("dob"), List.of())), List.of(),
                new Agreement.SuppressionRule("threshold", 11, null), LocalDate.of(2026, 1, 1), null, LocalDate.of(2027, 1, 1),
                java.time.Period.ofYears(1));
        AgreementSet set = new AgreementSet(List.of(a));
        assertThat(set.suppressionFor(List.of("x"), LocalDate.of(2026, 6, 1))).isEqualTo(Suppression.threshold(11));
        assertThat(set.suppressionFor(List.of("y"), LocalDate.of(2026, 6, 1))).isEqualTo(Suppression.nhsEngland());
        assertThat(set.suppression()).as("output that may combine anything").isEqualTo(Suppression.threshold(11));
        assertThat(new AgreementSet(List.of()).suppression()).isEqualTo(Suppression.nhsEngland());
    }
}
