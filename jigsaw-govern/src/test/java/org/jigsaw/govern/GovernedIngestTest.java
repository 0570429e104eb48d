package org.jigsaw.govern;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.jigsaw.area.Area;
import org.jigsaw.area.FileTrees;
import org.jigsaw.ingest.AreaIngest;
import org.jigsaw.ingest.IngestResult;
import org.jigsaw.progress.Progress;
import org.jigsaw.record.Field;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GovernedIngestTest {
    @Test
    void onlyAgreedSourcesFieldsAndFactsReachTheResult(@TempDir Path dir) throws IOException {
        FileTrees.copy(Path.of("../jigsaw-ingest/src/test/resources/areas/mini"), dir);
        // health shares identifiers but not the postcode, and only referrals; census is covered; sen2 and social are not
        Files.createDirectories(dir.resolve("agreements"));
        Files.writeString(dir.resolve("agreements/mini.yaml"), """
                id: mini-2026
                parties: [{name: Minishire Council, role: controller}]
                purposes: {send_planning: Planning}
                lawful_basis: {article6: ["6(1)(e)"], article9: ["9(2)(h)"]}
                datasets:
                  - {name: csds, fields: [nhs_number, given_name, family_name, dob, sex], facts: [referral]}
                  - {name: school_census, fields: [upn, former_upn, given_name, family_name, dob, sex, postcode], facts: [ehc_plan, sen_support, primary_need]}
                access: [{role: board, granularity: aggregate}]
                start: 2025-01-01
                end: 2027-01-01
                retention: P5Y
                """);
        Area area = Area.open(dir);
        Clock clock = Clock.fixed(Instant.parse("2026-04-01T09:00:00Z"), ZoneOffset.UTC);
        IngestResult plain = new AreaIngest().ingest(dir, area.config(), Progress.NONE);
        IngestResult governed = new GovernedIngest(new AreaIngest(), clock).ingest(dir, area.config(), Progress.NONE);

        assertThat(plain.records()).anyMatch(r -> r.source().equals("sen2"));
        assertThat(governed.records()).noneMatch(r -> r.source().equals("sen2") || r.source().equals("social"));
        assertThat(governed.quarantine()).noneMatch(q -> q.source().equals("sen2") || q.source().equals("social"));
        assertThat(governed.facts()).noneMatch(f -> f.source().equals("sen2"));
        assertThat(governed.records()).filteredOn(r -> r.source().equals("health")).isNotEmpty()
                .allMatch(r -> r.get(Field.POSTCODE) == null);
        assertThat(plain.records()).filteredOn(r -> r.source().equals("health")).anyMatch(r -> r.get(Field.POSTCODE) != null);
        assertThat(governed.facts()).filteredOn(f -> f.source().equals("health")).isNotEmpty().allMatch(f -> f.type().equals("referral"));
        assertThat(governed.findings()).anyMatch(f -> f.check().equals(GovernedIngest.NOT_INGESTED) && "sen2".equals(f.source())
                && f.detail().contains("no data-sharing agreement covers dataset 'sen2'"));
        assertThat(governed.findings()).anyMatch(f -> f.check().equals(GovernedIngest.FIELD_DISCARDED) && "postcode".equals(f.field()));

        // a refused source is never read: none of the findings reading it would give, no reconciliation line
        assertThat(plain.findings()).anyMatch(f -> "sen2".equals(f.source()) && !f.check().equals(GovernedIngest.NOT_INGESTED));
        assertThat(governed.findings()).filteredOn(f -> "sen2".equals(f.source()) || "social".equals(f.source()))
                .extracting(f -> f.check()).containsOnly(GovernedIngest.NOT_INGESTED).hasSize(2);
        assertThat(governed.reconciliation()).noneMatch(r -> r.source().equals("sen2") || r.source().equals("social"));

        // after the end date nothing is ingested and the run says why
        IngestResult ended = new GovernedIngest(new AreaIngest(), Clock.fixed(Instant.parse("2027-01-02T09:00:00Z"), ZoneOffset.UTC))
                .ingest(dir, area.config(), Progress.NONE);
        assertThat(ended.records()).isEmpty();
        assertThat(ended.findings()).anyMatch(f -> f.check().equals(GovernedIngest.NOTICE) && f.detail().contains("ended on 2027-01-01"));
    }
}
