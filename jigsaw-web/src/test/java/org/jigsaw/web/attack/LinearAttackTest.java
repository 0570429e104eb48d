package org.jigsaw.web.attack;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The attacker itself, on planted tables whose answers are known: it must solve what is solvable and only that. */
class LinearAttackTest {
    private final ReleaseRule rule = ReleaseRule.nhsEngland();

    /** Releases a table of true counts as the rule would (cells, row totals, column totals, grand total) and links them. */
    private LinearAttack table(long[][] cells, boolean[][] hideAlso) {
        LinearAttack a = new LinearAttack();
        int rows = cells.length;
        int cols = cells[0].length;
        long grand = 0;
        long[] colTotals = new long[cols];
        for (int r = 0; r < rows; r++) {
            long rowTotal = 0;
            List<String> parts = new ArrayList<>();
            for (int c = 0; c < cols; c++) {
                release(a, "c" + r + "_" + c, cells[r][c], hideAlso != null && hideAlso[r][c]);
                parts.add("c" + r + "_" + c);
                rowTotal += cells[r][c];
                colTotals[c] += cells[r][c];
            }
            release(a, "row" + r, rowTotal, false);
            a.sum("row" + r, parts);
            grand += rowTotal;
        }
        List<String> rowNames = new ArrayList<>();
        for (int r = 0; r < rows; r++) rowNames.add("row" + r);
        for (int c = 0; c < cols; c++) {
            List<String> parts = new ArrayList<>();
            for (int r = 0; r < rows; r++) parts.add("c" + r + "_" + c);
            release(a, "col" + c, colTotals[c], false);
            a.sum("col" + c, parts);
        }
        release(a, "total", grand, false);
        a.sum("total", rowNames);
        return a;
    }

    private void release(LinearAttack a, String name, long truth, boolean hide) {
        String text = hide ? ReleaseRule.MARK : rule.release(truth);
        a.release(name, rule.interval(text).orElseThrow(), text.equals(ReleaseRule.MARK));
    }

    /** Exact (unrounded) releases: what a "change" or a total computed from true counts amounts to. */
    private static void exact(LinearAttack a, String name, long truth) {
        a.release(name, Interval.exactly(truth), false);
    }

    @Test
    void aSuppressedCellBesideExactFiguresIsSolved() {
        LinearAttack a = new LinearAttack();
        exact(a, "total", 40);
        a.release("small", new Interval(1, 7), true);
        exact(a, "rest", 37);
        a.sum("total", List.of("small", "rest"));
        LinearAttack.Result r = a.solve();
        assertThat(r.of("small").deduced()).isEqualTo(Interval.exactly(3));
        assertThat(r.pinnedSuppressed()).hasSize(1);
    }

    @Test
    void aTableWithoutSecondarySuppressionIsSolvedFromExactTotals() {
        // a row whose only small cell is hidden, with the row total and the other cells released exactly
        LinearAttack a = new LinearAttack();
        exact(a, "row", 27);
        a.release("x", new Interval(1, 7), true);
        exact(a, "y", 12);
        exact(a, "z", 11);
        a.sum("row", List.of("x", "y", "z"));
        assertThat(a.solve().of("x").deduced()).isEqualTo(Interval.exactly(4));
    }

    @Test
    void roundingAtTheEdgeOfItsIntervalStillPinsAHiddenCell() {
        // four cells of 12 (shown 10) and a hidden 7: the total 55 is shown as 55, so 53..57 — and the cells sum to at most 48 + 7
        LinearAttack a = table(new long[][] {{12, 12, 12, 12, 7}}, null);
        LinearAttack.Result r = a.solve();
        assertThat(r.contradictions()).isEmpty();
        assertThat(r.of("c0_4").deduced().hi()).isEqualTo(7);
        assertThat(r.of("c0_4").deduced().lo()).isGreaterThanOrEqualTo(5);
        assertThat(r.of("c0_4").narrowed()).isTrue();
    }

    @Test
    void theLpFindsWhatPropagationAloneCannot() {
        // a + b = 8, b + c = 8, a + c = 8 (exact pair totals): each pair is consistent with any a in 1..7,
        // only the three equations together force a = b = c = 4
        LinearAttack a = new LinearAttack();
        for (String v : List.of("a", "b", "c")) a.release(v, new Interval(1, 7), true);
        exact(a, "ab", 8);
        exact(a, "bc", 8);
        exact(a, "ac", 8);
        a.sum("ab", List.of("a", "b"));
        a.sum("bc", List.of("b", "c"));
        a.sum("ac", List.of("a", "c"));
        LinearAttack.Result r = a.solve();
        assertThat(r.pinnedSuppressed()).extracting(LinearAttack.Recovery::name).containsExactlyInAnyOrder("a", "b", "c");
        assertThat(r.of("a").deduced()).isEqualTo(Interval.exactly(4));
    }

    @Test
    void roundedReleasesOfEveryCellAndTotalAreNotFlagged() {
        // the NHS rule on random small tables: rounding every figure independently leaves hidden cells unsolved
        Random rnd = new Random(7);
        int pinned = 0;
        for (int t = 0; t < 40; t++) {
            long[][] cells = new long[3][4];
            for (long[] row : cells) for (int c = 0; c < row.length; c++) row[c] = rnd.nextInt(4) == 0 ? 1 + rnd.nextInt(7) : 8 + rnd.nextInt(40);
            pinned += table(cells, null).solve().pinnedSuppressed().size();
        }
        assertThat(pinned).isZero();
    }

    @Test
    void anUnsolvableIntervalSetIsNotFlagged() {
        // two hidden cells that only their (rounded) sum ties together
        LinearAttack a = new LinearAttack();
        a.release("x", new Interval(1, 7), true);
        a.release("y", new Interval(1, 7), true);
        a.release("sum", rule.interval("10").orElseThrow(), false);
        a.sum("sum", List.of("x", "y"));
        LinearAttack.Result r = a.solve();
        assertThat(r.pinnedSuppressed()).isEmpty();
        assertThat(r.of("x").deduced()).isEqualTo(new Interval(1, 7));
    }

    @Test
    void aContradictionIsReportedNotSolved() {
        LinearAttack a = new LinearAttack();
        exact(a, "total", 30);
        a.release("x", new Interval(1, 7), true);
        exact(a, "y", 10);
        a.sum("total", List.of("x", "y"));
        assertThat(a.solve().contradictions()).isNotEmpty();
    }

    @Test
    void theSameFigureReleasedTwiceDifferentlyIsCaught() {
        LinearAttack a = new LinearAttack();
        assertThat(a.release("x", rule.interval("10").orElseThrow(), false)).isTrue();
        assertThat(a.release("x", rule.interval("15").orElseThrow(), false)).isFalse();
    }
}
