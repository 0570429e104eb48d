package org.jigsaw.link.compare;

import java.util.List;
import org.jigsaw.link.data.Column;
import org.jigsaw.link.data.LocalIdScopes;
import org.jigsaw.link.data.RecordTable;
import org.jigsaw.link.spec.ComparisonSpec;

/**
 * A comparison bound to the records: for a pair of rows, which level they reach. Level 0 is
 * "null" (a blank side), levels 1..n are the spec's in order, level n+1 is "else".
 */
public final class Comparison {

    private final String name;
    private final String field;
    private final boolean termFrequency;
    private final List<Level> levels;
    private final Level.RowTest[] tests;
    private final Column column;
    private final int[] ids;
    /** Per row, the scope of a scoped value ({@code scope|id}), or null when the field is not scoped. */
    private final int[] scopes;

    public Comparison(ComparisonSpec spec, LevelKinds kinds, RecordTable table) {
        this.name = spec.name();
        this.field = spec.field();
        this.termFrequency = spec.termFrequency();
        this.levels = spec.levels().stream().map(kinds::create).toList();
        this.column = table.column(field);
        this.tests = levels.stream().map(l -> bind(l, column, table)).toArray(Level.RowTest[]::new);
        int[] x = new int[table.size()];
        for (int i = 0; i < x.length; i++) x[i] = column.id(i);
        this.ids = x;
        this.scopes = LocalIdScopes.FIELD.equals(field) ? scopesOf(column, x) : null;
    }

    /**
     * Local IDs are written {@code scope|id} ({@link LocalIdScopes}); two from different scopes
     * were issued by different systems and say nothing about each other — the pair is at the
     * null level, not "else".
     */
    private static int[] scopesOf(Column column, int[] ids) {
        java.util.Map<String, Integer> byName = new java.util.HashMap<>();
        int[] valueScope = new int[column.distinct()];
        for (int v = 0; v < valueScope.length; v++) {
            String s = column.valueOf(v);
            int bar = s.indexOf('|');
            valueScope[v] = byName.computeIfAbsent(bar < 0 ? "" : s.substring(0, bar), k -> byName.size());
        }
        int[] out = new int[ids.length];
        for (int i = 0; i < ids.length; i++) out[i] = ids[i] < 0 ? -1 : valueScope[ids[i]];
        return out;
    }

    private static Level.RowTest bind(Level level, Column column, RecordTable table) {
        if (level instanceof Level.CrossField cross) {
            if (!table.has(cross.otherField())) return (i, j, a, b) -> false;
            return cross.bind(column, table.column(cross.otherField()));
        }
        Level.Test t = level.bind(column);
        return (i, j, a, b) -> t.test(a, b);
    }

    public String name() {
        return name;
    }

    public String field() {
        return field;
    }

    public Column column() {
        return column;
    }

    public boolean termFrequency() {
        return termFrequency;
    }

    /** Levels including "null" and "else". */
    public int levelCount() {
        return tests.length + 2;
    }

    public int elseLevel() {
        return tests.length + 1;
    }

    public String levelLabel(int level) {
        if (level == 0) return "null";
        if (level == elseLevel()) return "else";
        return levels.get(level - 1).label();
    }

    /** Level reached by rows {@code i} and {@code j}. */
    public int level(int i, int j) {
        int a = ids[i], b = ids[j];
        if (a < 0 || b < 0) return 0;
        if (scopes != null && scopes[i] != scopes[j]) return 0;
        Level.RowTest[] t = tests;
        for (int k = 0; k < t.length; k++) {
            if (t[k].test(i, j, a, b)) return k + 1;
        }
        return t.length + 1;
    }

    /** The value id of row {@code i} (-1 blank), for term-frequency adjustment. */
    public int valueId(int i) {
        return ids[i];
    }
}
