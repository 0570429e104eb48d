package org.jigsaw.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.jigsaw.govern.AgreementSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeedPolicyTest {

    static final String EHCP_FEED = """
            id: ehcp-feed-icb
            title: EHC plan status shared with the ICB
            parties:
              - {name: Testshire County Council, role: controller, contact: dpo@testshire.example}
              - {name: Testshire ICB, role: controller}
            purposes:
              ehcp_feed: Telling GP and community health records that a child has an EHC plan
            lawful_basis:
              article6: ["6(1)(e)"]
              article9: ["9(2)(h)"]
              notes: Children and Families Act 2014 s.25
            datasets:
              - name: sen2
                provider: Testshire County Council
                fields: [nhs_number, dob]
                facts: [ehc_plan, primary_need]
            access:
              - {role: admin, granularity: individual, purposes: [ehcp_feed]}
            start: 2026-01-01
            review: 2026-12-01
            end: 2027-12-31
            retention: P1Y
            """;

    static final String PLANNING_ONLY = """
            id: planning
            title: Aggregate planning
            parties:
              - {name: Testshire County Council, role: joint controller}
              - {name: Testshire ICB, role: joint controller}
            purposes:
              send_planning: Planning from aggregates
            lawful_basis:
              article6: ["6(1)(e)"]
              article9: ["9(2)(h)"]
            datasets:
              - {name: csds, provider: Testshire ICB, fields: [nhs_number], facts: [early_disability]}
            access:
              - {role: board, granularity: aggregate, purposes: [send_planning]}
            start: 2026-01-01
            end: 2027-12-31
            retention: P1Y
            """;

    @TempDir
    Path area;

    private FeedPolicy policy(String... yamls) throws Exception {
        Path dir = Files.createDirectories(area.resolve("agreements"));
        for (int i = 0; i < yamls.length; i++) {
            Files.writeString(dir.resolve("a" + i + ".yaml"), yamls[i]);
        }
        return new FeedPolicy(AgreementSet.load(area));
    }

    @Test
    void permitsTheEhcpFeedUnderTheAgreementThatDeclaresIt() throws Exception {
        FeedPermit p = policy(EHCP_FEED, PLANNING_ONLY).permit(FeedKind.EHCP, LocalDate.of(2026, 11, 27), null, null);
        assertThat(p.agreementId()).isEqualTo("ehcp-feed-icb");
        assertThat(p.purpose()).isEqualTo("ehcp_feed");
        assertThat(p.recipient()).isEqualTo("Testshire ICB");
    }

    @Test
    void reviewOverdueIsStillInForce() throws Exception {
        assertThat(policy(EHCP_FEED).permit(FeedKind.EHCP, LocalDate.of(2027, 1, 10), null, "testshire icb").agreementId())
                .isEqualTo("ehcp-feed-icb");
    }

    @Test
    void refusesWithAReasonPerAgreement() throws Exception {
        FeedPolicy policy = policy(EHCP_FEED, PLANNING_ONLY);
        assertThatThrownBy(() -> policy.permit(FeedKind.EHCP, LocalDate.of(2028, 1, 1), null, null))
                .isInstanceOf(FeedRefusedException.class)
                .hasMessageContaining("ehcp-feed-icb: not in force (ended)")
                .hasMessageContaining("planning: not in force (ended)");
        assertThatThrownBy(() -> policy.permit(FeedKind.EARLY_YEARS, LocalDate.of(2026, 6, 1), null, null))
                .hasMessageContaining("ehcp-feed-icb: does not declare the purpose 'early_years_feed'")
                .hasMessageContaining("planning: does not declare the purpose 'early_years_feed'");
        assertThatThrownBy(() -> policy.permit(FeedKind.EHCP, LocalDate.of(2026, 6, 1), null, "Some Trust"))
                .hasMessageContaining("'Some Trust' is not a party");
        assertThatThrownBy(() -> policy.permit(FeedKind.EHCP, LocalDate.of(2026, 6, 1), "nope", null))
                .hasMessageContaining("no agreement with id 'nope'");
    }

    @Test
    void aggregateOnlyAccessDoesNotPermitAFeed() throws Exception {
        String aggregate = EHCP_FEED.replace("granularity: individual", "granularity: aggregate");
        assertThatThrownBy(() -> policy(aggregate).permit(FeedKind.EHCP, LocalDate.of(2026, 6, 1), null, null))
                .hasMessageContaining("grants no individual-level access");
    }

    @Test
    void noAgreementsAtAll() throws Exception {
        assertThatThrownBy(() -> new FeedPolicy(AgreementSet.load(area)).permit(FeedKind.EHCP, LocalDate.of(2026, 6, 1), null, null))
                .hasMessageContaining("has no data-sharing agreements");
    }
}
