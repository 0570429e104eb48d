package org.jigsaw.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.uhn.fhir.context.FhirContext;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Flag;
import org.jigsaw.store.SnapshotFixture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EhcpFeedTest {

    static final LocalDate SINCE = LocalDate.of(2026, 9, 1);
    static final LocalDate AS_AT = LocalDate.of(2026, 11, 25);
    static final String NHS_A = "9990000018";
    static final String NHS_B = "9990000026";
    static final String NHS_C = "9990000034";
    static final String NHS_D = "9990000042";

    static FhirContext fhir;
    static FhirBundleValidator validator;

    @TempDir
    Path dir;

    /** Loading the R4 definitions takes seconds: once for all feed tests. */
    @BeforeAll
    static synchronized void loadFhir() {
        if (validator == null) {
            fhir = FhirContext.forR4();
            validator = new FhirBundleValidator(fhir);
        }
    }

    /**
     * A: plan started in the window (SEN2 and census report it with different dates).
     * B: plan since 2024, need changed SLCN -> ASD in the window (census repeats SLCN first).
     * C: plan ceased in the window.
     * D: plan since 2023, nothing in the window: not fed.
     * E: plan started in the window, no NHS number: counted, not fed.
     * F: plan started, invalid NHS number: counted as missing.
     * G: two different valid NHS numbers: counted as conflicting.
     */
    Path snapshot() throws Exception {
        Path file = dir.resolve("snap.duckdb");
        try (SnapshotFixture s = new SnapshotFixture(file)) {
            s.run("2026-11-25T06-00-00", AS_AT);
            s.person("A", LocalDate.of(2018, 3, 1), NHS_A, "sen2");
            s.fact("A", "sen2", "ehc_plan", null, LocalDate.of(2026, 9, 15), null);
            s.fact("A", "census", "ehc_plan", null, LocalDate.of(2026, 10, 1), null);
            s.fact("A", "sen2", "primary_need", "ASD", LocalDate.of(2026, 9, 15), null);
            s.fact("A", "census", "primary_need", "SLCN", LocalDate.of(2026, 9, 15), null);

            s.person("B", LocalDate.of(2015, 5, 1), NHS_B, "sen2");
            s.fact("B", "sen2", "ehc_plan", null, LocalDate.of(2024, 2, 1), null);
            s.fact("B", "census", "primary_need", "SLCN", LocalDate.of(2024, 1, 18), null);
            s.fact("B", "census", "primary_need", "SLCN", LocalDate.of(2025, 1, 16), null);
            s.fact("B", "sen2", "primary_need", "ASD", LocalDate.of(2026, 10, 3), null);

            s.person("C", LocalDate.of(2008, 1, 1), NHS_C, "sen2");
            s.fact("C", "sen2", "ehc_plan", null, LocalDate.of(2019, 4, 1), LocalDate.of(2026, 10, 31));
            s.fact("C", "sen2", "primary_need", "=HYPERLINK(\"x\")", LocalDate.of(2019, 4, 1), null);

            s.person("D", LocalDate.of(2012, 1, 1), NHS_D, "sen2");
            s.fact("D", "sen2", "ehc_plan", null, LocalDate.of(2023, 4, 1), null);

            s.person("E", LocalDate.of(2019, 1, 1), null, "sen2");
            s.fact("E", "sen2", "ehc_plan", null, LocalDate.of(2026, 9, 20), null);
            s.person("F", LocalDate.of(2019, 1, 1), "9990000019", "sen2");
            s.fact("F", "sen2", "ehc_plan", null, LocalDate.of(2026, 9, 20), null);
            s.person("G", LocalDate.of(2019, 1, 1), "9990000050", "sen2");
            s.record("G", "gp:G", "gp", "9990000069");
            s.fact("G", "sen2", "ehc_plan", null, LocalDate.of(2026, 9, 20), null);
        }
        return file;
    }

    @Test
    void findsStartsNeedChangesAndCessationsKeyedByNhsNumber() throws Exception {
        EhcpFeedContent content = new EhcpChangeFinder().find(snapshot(), SINCE, AS_AT);

        assertThat(content.changes()).extracting(EhcpChange::nhsNumber, EhcpChange::kind, EhcpChange::changeDate,
                        EhcpChange::primaryNeed, EhcpChange::previousNeed)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(NHS_A, EhcpChangeKind.STARTED, LocalDate.of(2026, 9, 15), "ASD", null),
                        org.assertj.core.groups.Tuple.tuple(NHS_B, EhcpChangeKind.NEED_CHANGED, LocalDate.of(2026, 10, 3), "ASD", "SLCN"),
                        org.assertj.core.groups.Tuple.tuple(NHS_C, EhcpChangeKind.CEASED, LocalDate.of(2026, 10, 31),
                                "=HYPERLINK(\"X\")", null));
        assertThat(content.withoutValidNhsNumber()).isEqualTo(2);
        assertThat(content.withConflictingNhsNumbers()).isEqualTo(1);
        assertThat(content.changes().get(0).planEnd()).isNull();
    }

    @Test
    void bundleParsesAndValidatesAgainstBaseR4WithZeroErrors() throws Exception {
        EhcpFeedContent content = new EhcpChangeFinder().find(snapshot(), SINCE, AS_AT);
        Bundle bundle = new EhcpFlagBundle(new FhirNaming(FhirNaming.DEFAULT_BASE, "999"), "Testshire SEND service")
                .build(content, Instant.parse("2026-11-25T07:00:00Z"));
        String json = fhir.newJsonParser().setPrettyPrint(true).encodeResourceToString(bundle);

        Bundle parsed = fhir.newJsonParser().parseResource(Bundle.class, json);
        assertThat(parsed.getEntry()).hasSize(3);
        Flag ceased = (Flag) parsed.getEntry().stream().map(Bundle.BundleEntryComponent::getResource)
                .filter(r -> ((Flag) r).getSubject().getIdentifier().getValue().equals(NHS_C)).findFirst().orElseThrow();
        assertThat(ceased.getStatus()).isEqualTo(Flag.FlagStatus.INACTIVE);
        assertThat(ceased.getPeriod().getEndElement().getValueAsString()).isEqualTo("2026-10-31");
        assertThat(ceased.getSubject().getIdentifier().getSystem()).isEqualTo("https://fhir.nhs.uk/Id/nhs-number");

        List<FhirBundleValidator.Issue> issues = validator.validate(json);
        issues.forEach(i -> System.out.println(i));
        assertThat(issues).filteredOn(FhirBundleValidator.Issue::isError).isEmpty();
    }

    @Test
    void validatorReportsErrorsForAnInvalidFlag() {
        Flag flag = new Flag();  // no status, code or subject: three required elements missing
        Bundle bundle = new Bundle().setType(Bundle.BundleType.COLLECTION);
        bundle.addEntry().setFullUrl("urn:uuid:" + java.util.UUID.randomUUID()).setResource(flag);
        assertThat(validator.validate(bundle)).filteredOn(FhirBundleValidator.Issue::isError).isNotEmpty();
    }

    @Test
    void flagIdsAreStableAcrossFeeds() throws Exception {
        EhcpFeedContent content = new EhcpChangeFinder().find(snapshot(), SINCE, AS_AT);
        EhcpFlagBundle mapper = new EhcpFlagBundle(new FhirNaming(FhirNaming.DEFAULT_BASE, "999"), "x");
        Bundle first = mapper.build(content, Instant.parse("2026-11-25T07:00:00Z"));
        Bundle second = mapper.build(content, Instant.parse("2026-12-25T07:00:00Z"));
        assertThat(first.getEntry()).extracting(e -> e.getResource().getIdElement().getIdPart())
                .containsExactlyElementsOf(second.getEntry().stream()
                        .map(e -> e.getResource().getIdElement().getIdPart()).toList());
    }

    @Test
    void sinceAfterAsAtIsRejected() throws Exception {
        Path snap = snapshot();
        assertThatThrownBy(() -> new EhcpChangeFinder().find(snap, AS_AT.plusDays(1), AS_AT))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
