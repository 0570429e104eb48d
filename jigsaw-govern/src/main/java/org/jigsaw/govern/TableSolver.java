package org.jigsaw.govern;

import java.util.ArrayList;
import java.util.List;

/**
 * The attacker's view of a table: hidden entries (cells and totals) are unknowns, the row and
 * column sums are linear equations, and every shown entry is taken as exact (rounding ignored, so
 * the check is conservative). Reports every hidden entry the equations pin down.
 */
final class TableSolver {
    private TableSolver() {
    }

    static List<int[]> recoverable(long[][] cells, ReleasedTable t) {
        int rows = cells.length, cols = cells[0].length;
        boolean[][] hidden = new boolean[rows + 1][cols + 1];
        for (int r = 0; r <= rows; r++) {
            for (int c = 0; c <= cols; c++) {
                Released x = r < rows && c < cols ? t.cell(r, c) : r < rows ? t.rowTotals()[r] : c < cols ? t.columnTotals()[c] : t.total();
                hidden[r][c] = x.suppressed();
            }
        }
        return recoverable(hidden, rows, cols);
    }

    /** {@code hidden} is (rows+1) x (cols+1): the last row and column are the totals. */
    static List<int[]> recoverable(boolean[][] hidden, int rows, int cols) {
        List<int[]> unknowns = new ArrayList<>();
        int[][] index = new int[rows + 1][cols + 1];
        for (int r = 0; r <= rows; r++) for (int c = 0; c <= cols; c++) {
            index[r][c] = hidden[r][c] ? unknowns.size() : -1;
            if (hidden[r][c]) unknowns.add(new int[] {r, c});
        }
        int n = unknowns.size();
        if (n == 0) return List.of();
        // coefficient rows: for each line, sum(interior) - total = 0, restricted to unknowns
        List<double[]> eqs = new ArrayList<>();
        for (int r = 0; r <= rows; r++) {
            double[] e = new double[n];
            for (int c = 0; c < cols; c++) if (index[r][c] >= 0) e[index[r][c]] += 1;
            if (index[r][cols] >= 0) e[index[r][cols]] -= 1;
            eqs.add(e);
        }
        for (int c = 0; c <= cols; c++) {
            double[] e = new double[n];
            for (int r = 0; r < rows; r++) if (index[r][c] >= 0) e[index[r][c]] += 1;
            if (index[rows][c] >= 0) e[index[rows][c]] -= 1;
            eqs.add(e);
        }
        double[][] m = reduce(eqs.toArray(new double[0][]), n);
        List<int[]> out = new ArrayList<>();
        // unknown j is determined iff the unit vector e_j lies in the row space: some reduced row has only j
        for (double[] row : m) {
            int nz = 0, last = -1;
            for (int j = 0; j < n; j++) if (Math.abs(row[j]) > 1e-9) {
                nz++;
                last = j;
            }
            if (nz == 1) out.add(unknowns.get(last));
        }
        return out;
    }

    private static double[][] reduce(double[][] a, int n) {
        int rank = 0;
        for (int col = 0; col < n && rank < a.length; col++) {
            int p = -1;
            for (int i = rank; i < a.length; i++) if (Math.abs(a[i][col]) > 1e-9) {
                p = i;
                break;
            }
            if (p < 0) continue;
            double[] tmp = a[p];
            a[p] = a[rank];
            a[rank] = tmp;
            double pv = a[rank][col];
            for (int j = 0; j < n; j++) a[rank][j] /= pv;
            for (int i = 0; i < a.length; i++) {
                if (i == rank || Math.abs(a[i][col]) < 1e-12) continue;
                double f = a[i][col];
                for (int j = 0; j < n; j++) a[i][j] -= f * a[rank][j];
            }
            rank++;
        }
        return a;
    }
}
