package org.jigsaw.govern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SuppressionTest {
    private final Suppression nhs = Suppression.nhsEngland();

    @Test
    void nhsRuleStarsOneToSevenAndRoundsTheRestToFive() {
        assertThat(nhs.count(0).display()).isEqualTo("0");
        for (int n = 1; n <= 7; n++) assertThat(nhs.count(n).display()).as("count %d", n).isEqualTo("*");
        assertThat(nhs.count(8).display()).isEqualTo("10");
        assertThat(nhs.count(12).display()).isEqualTo("10");
        assertThat(nhs.count(13).display()).isEqualTo("15");
        assertThat(nhs.count(1234).display()).isEqualTo("1235");
        assertThatThrownBy(() -> nhs.count(3).count()).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void meansAndMediansOverOneToSevenPeopleAreNotShown() {
        assertThat(nhs.statistic(42.5, 7).suppressed()).isTrue();
        assertThat(nhs.statistic(42.5, 8).display()).isEqualTo("42.5");
    }

    @Test
    void differencingTwoOverlappingQueriesCannotRevealACountOfOne() {
        // cohort A, and cohort A plus one child: the released difference must not be 1
        for (Suppression s : new Suppression[] {nhs, Suppression.threshold(10)}) {
            for (long a = s.minimum(); a < 500; a++) {
                long diff = s.count(a + 1).count() - s.count(a).count();
                assertThat(diff).as("%s: %d vs %d", s.rule(), a, a + 1).isNotEqualTo(1);
                assertThat(diff % 5).isZero();
            }
        }
    }

    @Test
    void roundingCannotBeSwitchedOff() {
        assertThatThrownBy(() -> Suppression.threshold(10, 1)).hasMessageContaining("differencing");
    }

    @Test
    void ratesAreComputedFromTheRoundedNumeratorAndDenominator() {
        assertThat(nhs.rate(3, 10_000, 10_000).suppressed()).isTrue();
        assertThat(nhs.rate(12, 10_000, 10_000).value()).isEqualTo(10.0);
        // 75/207 = 36.2318...% would name the exact denominator; 75/205 names only released counts
        assertThat(nhs.rate(75, 207, 100).value()).isEqualTo(36.6);
        assertThat(nhs.rate(75, 207, 100).display()).isEqualTo("36.6");
        assertThat(nhs.rate(10, 5, 100).suppressed()).as("a suppressed denominator hides the share").isTrue();
    }

    @Test
    void everyRateIsOneReleasedCountOverAnother() {
        for (long den = 8; den < 300; den++) {
            for (long num = 8; num <= den; num += 7) {
                double v = nhs.rate(num, den, 100).value();
                double fromReleased = Math.round(nhs.count(num).value() * 100 / nhs.count(den).value() * 10) / 10.0;
                assertThat(v).as("%d/%d", num, den).isEqualTo(fromReleased);
            }
        }
    }

    @Test
    void openSafelyRedactsSevenOrFewerZeroIncluded() {
        Suppression os = Suppression.openSafely();
        for (int n = 0; n <= 7; n++) assertThat(os.count(n).display()).as("count %d", n).isEqualTo("*");
        assertThat(os.count(8).display()).isEqualTo("10");
        assertThat(os.count(1234).display()).isEqualTo("1235");
        assertThat(os.statistic(12.0, 7).suppressed()).isTrue();
        assertThat(Suppression.of("opensafely", null, null)).isEqualTo(os);
        assertThat(os.table(new long[][] {{0, 40}, {20, 31}}).cell(0, 0).suppressed()).isTrue();
        assertThat(nhs.strictest(os).hideZero()).isTrue();
        assertThat(os.describe()).contains("OpenSAFELY").contains("0 to 7");
    }

    @Test
    void thresholdRuleSuppressesSmallCellsAndTheirComplements() {
        long[][] cells = {
                {3, 40, 55},
                {20, 31, 60},
                {25, 44, 70},
        };
        ReleasedTable t = Suppression.threshold(10).table(cells);
        assertThat(t.cell(0, 0).suppressed()).isTrue();
        assertThat(TableSolver.recoverable(cells, t)).as("no suppressed cell can be solved from the totals").isEmpty();
        assertThat(t.suppressedCount()).isGreaterThanOrEqualTo(4);
    }

    @Test
    void secondarySuppressionIsWhatProtectsTheTable() {
        long[][] cells = {
                {3, 40, 55},
                {20, 31, 60},
        };
        // the same threshold without secondary suppression leaves the small cell recoverable
        Suppression primaryOnly = new Suppression("threshold", 10, 5, false, false);
        assertThat(TableSolver.recoverable(cells, primaryOnly.table(cells))).isNotEmpty();
        assertThat(TableSolver.recoverable(cells, Suppression.threshold(10).table(cells))).isEmpty();
    }

    @Test
    void secondarySuppressionHoldsOnManyRandomTables() {
        java.util.Random r = new java.util.Random(7);
        Suppression s = Suppression.threshold(10);
        for (int k = 0; k < 300; k++) {
            int rows = 2 + r.nextInt(4), cols = 2 + r.nextInt(4);
            long[][] cells = new long[rows][cols];
            for (int i = 0; i < rows; i++) for (int j = 0; j < cols; j++) cells[i][j] = r.nextInt(4) == 0 ? r.nextInt(10) : r.nextInt(80);
            assertThat(TableSolver.recoverable(cells, s.table(cells))).as("table %d", k).isEmpty();
        }
    }
}
