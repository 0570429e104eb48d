package org.jigsaw.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.jigsaw.area.Area;
import org.jigsaw.cohort.CohortsYaml;
import org.jigsaw.progress.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The ground-truth evaluator counts the same cohorts as a refresh when linkage is perfect:
 * the fake area's linker is exact, so truth files written from its children must give equal counts.
 */
class TruthCohortsTest {
    @TempDir
    Path dir;

    @Test
    void truthCountsEqualSnapshotCountsWhenLinkageIsPerfect() throws Exception {
        LocalDate ref = LocalDate.of(2026, 8, 31);
        Area area = FakeArea.write(dir.resolve("area"), ref);
        RefreshSummary s = new Refresh(FakeArea.ingest(400, 1), FakeArea.linker()).run(area, Progress.NONE);

        // truth written from the snapshot's own person/fact tables, in the synth generator's file layout
        Path truth = dir.resolve("truth");
        Files.createDirectories(truth);
        try (SnapshotReader r = Snapshots.of(area.dir()).openCurrent(); var st = r.connection().createStatement()) {
            st.execute("COPY (SELECT person_id, dob, sex, postcode FROM person) TO '" + truth.resolve("persons.csv") + "' (HEADER)");
            st.execute("COPY (SELECT person_id, type, code, start_date AS start, end_date AS \"end\", value FROM fact) TO '"
                    + truth.resolve("facts.csv") + "' (HEADER)");
        }
        CohortResults fromTruth = TruthCohorts.evaluate(truth, area.config(), new CohortsYaml().forArea(area.dir()), null);
        s.cohorts().forEach((cohort, n) -> assertThat(fromTruth.count(cohort)).as(cohort).isEqualTo(n));
        try (SnapshotReader r = Snapshots.of(area.dir()).openCurrent()) {
            assertThat(CohortComparison.of(r.cohorts(), fromTruth)).allSatisfy(cmp -> assertThat(cmp.relativeError()).as(cmp.toString()).isZero());
        }
        assertThat(fromTruth.count("ehc_plan")).isPositive();
        // residence and ICB are derived from postcode and gp_registered facts, as in a refresh
        assertThat(fromTruth.kpis()).contains(s.kpis().stream()
                .filter(k -> k.kpi().equals("cohort.send") && k.breakdown().equals("geography=icb_registered")).findFirst().orElseThrow());
    }
}
