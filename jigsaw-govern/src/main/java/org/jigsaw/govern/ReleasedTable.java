package org.jigsaw.govern;

/**
 * A two-way table of counts after disclosure control, with its row, column and grand totals.
 * Totals are computed from the true cells and then protected, never summed from released cells.
 */
public record ReleasedTable(Released[][] cells, Released[] rowTotals, Released[] columnTotals, Released total) {

    public int rows() {
        return cells.length;
    }

    public int columns() {
        return columnTotals.length;
    }

    public Released cell(int row, int column) {
        return cells[row][column];
    }

    public long suppressedCount() {
        long n = 0;
        for (Released[] row : cells) for (Released c : row) if (c.suppressed()) n++;
        for (Released r : rowTotals) if (r.suppressed()) n++;
        for (Released c : columnTotals) if (c.suppressed()) n++;
        return total.suppressed() ? n + 1 : n;
    }
}
