package org.jigsaw.govern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PolicyGateTest {
    @TempDir
    Path dir;

    private PolicyGate gate(LocalDate today) throws IOException {
        return new PolicyGate(AgreementSet.load(Fixtures.area(dir, Fixtures.HEALTH, Fixtures.OLD_YJ)), () -> today);
    }

    @Test
    void boardSeesAggregatesForAnAgreedPurpose() throws IOException {
        AccessDecision d = gate(LocalDate.of(2026, 6, 1))
                .decide(AccessRequest.aggregate("b", Role.BOARD, "send_planning", "community_health"));
        assertThat(d.allowed()).isTrue();
        assertThat(d.agreement()).isEqualTo("health-send-2026");
    }

    @Test
    void boardAskingForIndividualsIsRefused() throws IOException {
        AccessDecision d = gate(LocalDate.of(2026, 6, 1))
                .decide(AccessRequest.individual("b", Role.BOARD, "direct_care", "community_health"));
        assertThat(d.allowed()).isFalse();
        assertThat(d.reason()).contains("aggregate figures only");
        assertThatThrownBy(d::orThrow).isInstanceOf(AccessDeniedException.class);
        // analyst too: individual rows need the operational role
        assertThat(gate(LocalDate.of(2026, 6, 1))
                .decide(AccessRequest.individual("a", Role.ANALYST, "direct_care", "community_health")).allowed()).isFalse();
    }

    @Test
    void operationalSeesIndividualsOnlyForThePurposeTheAgreementNames() throws IOException {
        PolicyGate g = gate(LocalDate.of(2026, 6, 1));
        assertThat(g.decide(AccessRequest.individual("o", Role.OPERATIONAL, "direct_care", "community_health")).allowed()).isTrue();
        AccessDecision wrongPurpose = g.decide(AccessRequest.individual("o", Role.OPERATIONAL, "send_planning", "community_health"));
        assertThat(wrongPurpose.allowed()).isFalse();
        assertThat(wrongPurpose.reason()).contains("individual").contains("send_planning");
        assertThat(g.decide(AccessRequest.individual("o", Role.OPERATIONAL, " ", "community_health")).reason()).contains("purpose");
    }

    @Test
    void operationalOutsideRemitIsRefused() throws IOException {
        PolicyGate g = gate(LocalDate.of(2026, 6, 1));
        User north = new User("o", "O", Role.OPERATIONAL, List.of("north"), null);
        assertThat(g.decide(north, "direct_care", "community_health", null, Granularity.INDIVIDUAL, "north").allowed()).isTrue();
        assertThat(g.decide(north, "direct_care", "community_health", null, Granularity.INDIVIDUAL, "south").reason()).contains("remit");
    }

    @Test
    void fieldNotInTheAgreementIsRefused() throws IOException {
        PolicyGate g = gate(LocalDate.of(2026, 6, 1));
        AccessRequest ok = new AccessRequest("o", Role.OPERATIONAL, "direct_care", "community_health", "dob", Granularity.INDIVIDUAL);
        AccessRequest upn = new AccessRequest("o", Role.OPERATIONAL, "direct_care", "community_health", "upn", Granularity.INDIVIDUAL);
        assertThat(g.decide(ok).allowed()).isTrue();
        AccessDecision d = g.decide(upn);
        assertThat(d.allowed()).isFalse();
        assertThat(d.reason()).contains("does not share field 'upn'");
    }

    @Test
    void expiredAgreementStopsAccessFromItsEndDate() throws IOException {
        AccessRequest yj = AccessRequest.aggregate("b", Role.BOARD, "send_planning", "youth_justice");
        assertThat(gate(LocalDate.of(2026, 3, 30)).decide(yj).allowed()).isTrue();
        AccessDecision after = gate(LocalDate.of(2026, 3, 31)).decide(yj);
        assertThat(after.allowed()).isFalse();
        assertThat(after.reason()).contains("no data-sharing agreement in force").contains("youth_justice");
    }

    @Test
    void datasetWithoutAnyAgreementIsRefused() throws IOException {
        assertThat(gate(LocalDate.of(2026, 6, 1))
                .decide(AccessRequest.aggregate("a", Role.ADMIN, "send_planning", "school_census")).allowed()).isFalse();
    }

    @Test
    void capabilitiesFollowTheRoleLadder() throws IOException {
        PolicyGate g = gate(LocalDate.of(2026, 6, 1));
        assertThat(g.may(Role.BOARD, Capability.AGGREGATES).allowed()).isTrue();
        assertThat(g.may(Role.BOARD, Capability.DATA_QUALITY).allowed()).isFalse();
        assertThat(g.may(Role.ANALYST, Capability.REVIEW).allowed()).isTrue();
        assertThat(g.may(Role.ANALYST, Capability.INDIVIDUALS).allowed()).isFalse();
        assertThat(g.may(Role.OPERATIONAL, Capability.INDIVIDUALS).allowed()).isTrue();
        assertThat(g.may(Role.OPERATIONAL, Capability.AUDIT).allowed()).isFalse();
        assertThat(g.may(Role.ADMIN, Capability.AGREEMENTS).allowed()).isTrue();
    }

    static final String REVIEW = """
            id: review-2026
            title: Clerical review of linkage
            parties: [{name: Synthshire County Council, role: controller}]
            purposes: {linkage_review: Clerical review of uncertain linkage pairs}
            lawful_basis: {article6: ["6(1)(e)"], article9: ["9(2)(h)"]}
            datasets:
              - name: community_health
                fields: [given_name, dob]
            access: [{role: analyst, granularity: individual, purposes: [linkage_review]}]
            start: 2026-01-01
            end: 2027-12-31
            retention: P2Y
            """;

    @Test
    void clericalReviewNeedsAnAgreementListingItsPurpose() throws IOException {
        PolicyGate without = gate(LocalDate.of(2026, 6, 1));
        AccessDecision d = without.review(Role.ANALYST, null, null);
        assertThat(d.allowed()).isFalse();
        assertThat(d.reason()).contains("linkage_review").contains("individual").contains("analyst");
        assertThat(without.review(Role.ADMIN, "community_health", "given_name").allowed()).isFalse();
    }

    @Test
    void clericalReviewShowsOnlyTheFieldsTheReviewAgreementShares(@TempDir Path other) throws IOException {
        PolicyGate g = new PolicyGate(AgreementSet.load(Fixtures.area(other, Fixtures.HEALTH, REVIEW)), () -> LocalDate.of(2026, 6, 1));
        assertThat(g.review(Role.ANALYST, null, null).agreement()).isEqualTo("review-2026");
        assertThat(g.review(Role.ANALYST, "community_health", "given_name").allowed()).isTrue();
        // the health agreement shares the NHS number, but not for clerical review
        assertThat(g.review(Role.ANALYST, "community_health", "nhs_number").allowed()).isFalse();
        assertThat(g.review(Role.ANALYST, "school_census", null).allowed()).isFalse();
        assertThat(g.review(Role.BOARD, "community_health", "given_name").reason()).contains("review");
    }

    @Test
    void theReviewPurposeOpensNoChildAndNoAggregate(@TempDir Path other) throws IOException {
        String generous = REVIEW.replace("role: analyst, granularity: individual", "role: board, granularity: individual");
        PolicyGate g = new PolicyGate(AgreementSet.load(Fixtures.area(other, Fixtures.HEALTH, generous)), () -> LocalDate.of(2026, 6, 1));
        assertThat(g.decide(AccessRequest.individual("o", Role.OPERATIONAL, "linkage_review", "community_health")).reason())
                .contains("review queue only");
        assertThat(g.decide(AccessRequest.aggregate("b", Role.BOARD, "linkage_review", "community_health")).allowed()).isFalse();
        assertThat(g.purposes(Role.OPERATIONAL, Granularity.INDIVIDUAL)).containsExactly("direct_care");
        assertThat(g.purposes(Role.BOARD, Granularity.AGGREGATE)).containsExactly("send_planning");
    }
}
