package org.jigsaw.govern;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jigsaw.ingest.SourceDefinition;
import org.jigsaw.keys.KeyFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoGovernanceTest {
    @Test
    void writesAgreementsCoveringEverySourceAndOneLoginPerRole(@TempDir Path tmp) throws IOException {
        Path area = area(tmp, """
                name: census
                agency: education
                dataset: school_census
                file: census.csv
                id: PupilID
                fields: {upn: UPN, given_name: Forename, dob: DOB}
                facts:
                  - {type: ehc_plan, start: Start}
                """);
        Files.writeString(area.resolve("sources/chs.yaml"), """
                name: chs
                agency: health
                dataset: community_health
                file: chs.csv
                id: ID
                fields: {nhs_number: NHS, family_name: Surname}
                facts:
                  - {type: referral, date: Ref}
                """);
        DemoGovernance.Result r = DemoGovernance.write(area, tmp.resolve("keys.yaml"));
        assertThat(r.agreements()).containsExactly("demo-education", "demo-health");
        assertThat(r.logins()).extracting(DemoGovernance.DemoLogin::username).containsExactly("board", "analyst", "operational", "admin");

        AgreementSet set = AgreementSet.load(area);
        LocalDate ref = LocalDate.of(2026, 11, 1);
        for (SourceDefinition s : AreaSources.readable(area)) {
            Admission a = set.admit(s, ref);
            assertThat(a.admitted()).as(s.name()).isTrue();
            assertThat(a.droppedFields()).isEmpty();
        }
        assertThat(set.find("demo-health").orElseThrow().lawfulBasis().article9()).containsExactly("9(2)(h)");

        Users users = Users.load(area);
        assertThat(users.authenticate("operational", "operational-demo".toCharArray())).map(User::role).contains(Role.OPERATIONAL);
        PolicyGate gate = new PolicyGate(set, () -> ref);
        assertThat(gate.decide(AccessRequest.aggregate("board", Role.BOARD, "send_planning", "school_census")).allowed()).isTrue();
        assertThat(gate.decide(AccessRequest.individual("operational", Role.OPERATIONAL, "direct_care", "community_health")).allowed()).isTrue();
        assertThat(gate.decide(AccessRequest.individual("board", Role.BOARD, "direct_care", "community_health")).allowed()).isFalse();
        assertThat(gate.review(Role.ANALYST, "community_health", "nhs_number").allowed()).as("the demo analyst may review pairs").isTrue();
        assertThat(gate.review(Role.BOARD, null, null).allowed()).isFalse();
        assertThat(Dpia.of("demo", set, AreaSources.readable(area), ref).toMarkdown())
                .contains("linkage_review: Clerical review").contains("analyst and above: individual (linkage_review)")
                .contains("allowed under demo-education (analyst and above), demo-health (analyst and above)");
        assertThat(KeyFile.load(tmp.resolve("keys.yaml")).names()).contains("demo-education", "demo-health", "linkage");
    }

    @Test
    void anotherDemoRunKeepsAccountsAddedSinceAndResetsTheDemoLogins(@TempDir Path tmp) throws IOException {
        Path area = area(tmp, """
                name: census
                agency: education
                file: census.csv
                id: PupilID
                fields: {upn: UPN}
                """);
        DemoGovernance.write(area, null);
        PasswordHasher hasher = new PasswordHasher();
        List<User> added = new java.util.ArrayList<>(Users.load(area).all());
        added.add(new User("dpo", "Data protection officer", Role.ADMIN, List.of(), hasher.hash("dpo-secret".toCharArray())));
        added.replaceAll(u -> u.username().equals("admin")
                ? new User("admin", "Demo admin", Role.ADMIN, List.of(), hasher.hash("changed".toCharArray())) : u);
        Users.write(area.resolve(Users.FILE), added);

        DemoGovernance.write(area, null);

        Users users = Users.load(area);
        assertThat(users.all()).extracting(User::username).containsExactly("board", "analyst", "operational", "admin", "dpo");
        assertThat(users.authenticate("dpo", "dpo-secret".toCharArray())).isPresent();
        assertThat(users.authenticate("admin", "admin-demo".toCharArray())).as("demo logins are the demo's again").isPresent();
    }

    @Test
    void theDemoAgreementsAreDueForReviewElevenMonthsAfterTheLaterOfReferenceDateAndToday() {
        java.time.LocalDate ref = java.time.LocalDate.of(2026, 1, 15);
        assertThat(DemoGovernance.reviewDate(ref, java.time.LocalDate.of(2025, 6, 1))).isEqualTo("2026-12-01");
        assertThat(DemoGovernance.reviewDate(ref, java.time.LocalDate.of(2026, 11, 27))).isEqualTo("2027-10-01");
    }

    /** An area folder with area.yaml and one source definition, {@code sources/census.yaml}. */
    private static Path area(Path tmp, String censusYaml) throws IOException {
        Path area = Files.createDirectories(tmp.resolve("area"));
        Files.createDirectories(area.resolve("sources"));
        Files.writeString(area.resolve("area.yaml"), "name: Synthshire\nreference_date: 2026-11-01\n");
        Files.writeString(area.resolve("sources/census.yaml"), censusYaml);
        return area;
    }
}
