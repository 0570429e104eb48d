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
}
