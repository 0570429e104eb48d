package org.jigsaw.synth;

import java.util.Arrays;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Adds a few broken copies of real rows, as every real extract has: a row with the wrong number
 * of columns, a date that does not parse, bytes that are not text. Each copy has its own id
 * (slots 60–63 of the person) so the truth still knows whose it is.
 */
public final class Malformer {
    private static final String[] BAD_DATES = {"32/01/2013", "2012-13-40", "not known", "00/00/0000", "12.5.2011"};

    private Malformer() {
    }

    /**
     * @param kinds     which kinds to plant, cycled so each occurs
     * @param idColumn  column holding the record id
     * @param dobColumn column holding the date of birth
     */
    public static void plant(Table table, IdMinter minter, int idColumn, int dobColumn, int nameColumn,
                             RandomGenerator r, List<FaultKind> kinds) {
        List<Table.Row> rows = List.copyOf(table.rows());
        if (rows.isEmpty()) return;
        int count = rows.size() < 30 ? 1 : Math.max(kinds.size(), Math.min(40, 2 + rows.size() / 3000));
        java.util.Set<String> keys = new java.util.HashSet<>();
        for (Table.Row row : rows) keys.add(row.key());
        for (int k = 0; k < count; k++) {
            Table.Row src = rows.get(r.nextInt(rows.size()));
            FaultKind kind = kinds.get(k % kinds.size());
            String[] cells = src.cells().clone();
            String id = minter.id(IdMinter.slot(src.person(), 60 + (k % 4)));
            if (!keys.add(table.source() + ":" + id)) continue;
            cells[idColumn] = id;
            switch (kind) {
                case MALFORMED_COLUMN_COUNT -> cells = r.nextBoolean()
                        ? Arrays.copyOf(cells, Math.max(idColumn + 1, cells.length - 2))
                        : Arrays.copyOf(cells, cells.length + 1);
                case MALFORMED_DATE -> cells[dobColumn] = BAD_DATES[r.nextInt(BAD_DATES.length)];
                case MALFORMED_BYTES -> {
                    String dob = cells[dobColumn];
                    cells[dobColumn] = dob.substring(0, Math.min(3, dob.length())) + CsvFile.GARBAGE + dob.substring(Math.min(3, dob.length()));
                    if (nameColumn >= 0) cells[nameColumn] = cells[nameColumn] + CsvFile.GARBAGE;
                }
                default -> throw new IllegalArgumentException("not a malformed-row kind: " + kind);
            }
            table.addMalformed(id, src.person(), kind, cells);
        }
    }
}
