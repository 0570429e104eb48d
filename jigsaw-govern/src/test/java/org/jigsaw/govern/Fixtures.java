package org.jigsaw.govern;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A small area's agreements, written as an analyst would write them. */
final class Fixtures {
    private Fixtures() {
    }

    static final String HEALTH = """
            id: health-send-2026
            title: Community health and SEND joint commissioning
            parties:
              - name: Synthshire County Council
                role: joint controller
              - name: NHS Synthshire ICB
                role: joint controller
            purposes:
              send_planning: Planning and commissioning SEND services
              direct_care: Coordinating care for an individual child
            lawful_basis:
              article6: ["6(1)(e)"]
              article9: ["9(2)(h)"]
            datasets:
              - name: community_health
                provider: NHS Synthshire ICB
                fields: [nhs_number, given_name, family_name, dob, sex, postcode]
                facts: [on_caseload, referral, first_contact]
            access:
              - role: board
                granularity: aggregate
                purposes: [send_planning]
              - role: operational
                granularity: individual
                purposes: [direct_care]
            start: 2026-01-01
            review: 2026-12-01
            end: 2027-12-31
            retention: P2Y
            """;

    static final String OLD_YJ = """
            id: youth-justice-2023
            title: Youth justice
            parties: [{name: Synthshire YOT, role: controller}]
            purposes: {send_planning: Planning}
            lawful_basis: {article6: ["6(1)(e)"], article9: ["9(2)(g)"]}
            datasets:
              - name: youth_justice
                fields: [given_name, family_name, dob]
                facts: [youth_justice_order]
            access: [{role: board, granularity: aggregate}]
            start: 2023-01-01
            end: 2026-03-31
            retention: P1Y
            """;

    static Path area(Path dir, String... agreements) throws IOException {
        Files.createDirectories(dir.resolve("agreements"));
        int i = 0;
        for (String a : agreements) Files.writeString(dir.resolve("agreements/a" + (i++) + ".yaml"), a);
        return dir;
    }
}
