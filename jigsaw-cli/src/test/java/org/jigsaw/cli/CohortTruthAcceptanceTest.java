package org.jigsaw.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jigsaw.area.Area;
import org.jigsaw.cohort.CohortSet;
import org.jigsaw.cohort.CohortsYaml;
import org.jigsaw.store.CohortComparison;
import org.jigsaw.store.CohortResults;
import org.jigsaw.store.RefreshSummary;
import org.jigsaw.store.SnapshotReader;
import org.jigsaw.store.Snapshots;
import org.jigsaw.store.TruthCohorts;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 5 acceptance: on the synthetic area every built-in cohort's size in the snapshot equals
 * its size computed from the ground truth, within the linkage error the run reports.
 */
class CohortTruthAcceptanceTest {
    @TempDir
    static Path area;
    static RefreshSummary summary;
    static List<CohortComparison> rows;
    static TruthCheck linkage;
    static CohortResults truth;
    static List<org.jigsaw.store.KpiValue> snapshotKpis;
    static long registeredInIcb;

    @BeforeAll
    static void run() throws Exception {
        AcceptanceArea.synth(area, 10_000, 31, 0);
        summary = AcceptanceArea.refresh(area);
        CohortSet set = new CohortsYaml().forArea(area);
        truth = TruthCohorts.evaluate(AcceptanceArea.observedTruth(area, area.resolve("observed-truth")), Area.open(area).config(), set, area.resolve("truth.duckdb"));
        try (SnapshotReader r = Snapshots.of(area).openCurrent()) {
            rows = CohortComparison.of(r.cohorts(), truth);
            linkage = TruthCheck.of(area, r);
            snapshotKpis = r.kpis();
            registeredInIcb = AcceptanceArea.count(r.connection(), "SELECT count(*) FROM person WHERE gp_icb = '"
                    + Area.open(area).config().icbCode() + "'");
            AcceptanceArea.assertSnapshotReconciles(r);
        }
        System.out.println(linkage.line());
        System.out.println(table(rows));
    }

    /**
     * How far a cohort count may move because records were linked wrongly. A missed link (recall
     * below 1) splits a person: a single-fact cohort may count them twice, an intersection may miss
     * them. A false link (precision below 1) merges two people: one may vanish from a count, or the
     * merged person may enter an intersection neither is in. Either way the share of affected
     * members is at most the share of true pairs missed plus the share of predicted pairs wrong,
     * i.e. (1 − recall) + (1 − precision); we allow twice that (a split person can move a count by
     * two: out of an intersection and into the complementary cohort of a gap) plus an absolute
     * slack of 3 so cohorts of a handful of people are not held to a percentage.
     */
    static long tolerance(long truth) {
        double error = (1 - linkage.evaluation().recall()) + (1 - linkage.evaluation().precision());
        return 3 + (long) Math.ceil(2 * error * truth);
    }

    @Test
    void everyBuiltInCohortMatchesTheTruthWithinTheLinkageError() {
        assertThat(rows).hasSizeGreaterThan(30);
        List<String> outside = new ArrayList<>();
        for (CohortComparison c : rows) {
            if (Math.abs(c.snapshot() - c.truth()) > tolerance(c.truth())) outside.add(c + " tolerance " + tolerance(c.truth()));
        }
        assertThat(outside).as("cohorts outside the linkage error (precision %.4f, recall %.4f)",
                linkage.evaluation().precision(), linkage.evaluation().recall()).isEmpty();
    }

    @Test
    void theHeadlineCohortsAreNotEmpty() {
        for (String cohort : List.of("ehc_plan", "sen_support", "send", "known_to_social_care", "camhs_caseload",
                "paediatrics_caseload", "ld_health_register", "school_age_send")) {
            assertThat(rows).filteredOn(c -> c.cohort().equals(cohort)).singleElement()
                    .satisfies(c -> assertThat(c.truth()).as(cohort).isPositive());
        }
    }

    @Test
    void linkageIsGoodEnoughForTheBoundToMeanSomething() {
        assertThat(linkage.evaluation().precision()).isGreaterThan(0.95);
        assertThat(linkage.evaluation().recall()).isGreaterThan(0.9);
    }

    /**
     * The ICB geography: the community health extract carries each patient's registered practice's
     * ICB (gp_registered facts → person.gp_icb), so the ICB breakdown of the community
     * paediatrics caseload — every member is in that extract — matches the truth too.
     */
    @Test
    void icbBreakdownComesFromGpRegistration() {
        assertThat(registeredInIcb).isPositive();
        String kpi = "cohort.paediatrics_caseload", icb = "geography=icb_registered";
        long snap = snapshotKpis.stream().filter(k -> k.kpi().equals(kpi) && icb.equals(k.breakdown())).findFirst().orElseThrow().numerator();
        long fromTruth = truth.kpis().stream().filter(k -> k.kpi().equals(kpi) && icb.equals(k.breakdown())).findFirst().orElseThrow().numerator();
        System.out.printf("%s %s: snapshot %d, truth %d%n", kpi, icb, snap, fromTruth);
        assertThat(fromTruth).isPositive();
        assertThat(Math.abs(snap - fromTruth)).isLessThanOrEqualTo(tolerance(fromTruth));
    }

    static String table(List<CohortComparison> rows) {
        StringBuilder b = new StringBuilder(String.format("%-45s %9s %9s %9s %9s%n", "cohort", "snapshot", "truth", "diff", "tolerance"));
        for (CohortComparison c : rows)
            b.append(String.format("%-45s %9d %9d %+9d %9d%n", c.cohort(), c.snapshot(), c.truth(), c.snapshot() - c.truth(), tolerance(c.truth())));
        return b.toString();
    }
}
