package org.jigsaw.link.data;

/**
 * Fields computed from others so blocking rules can use them. {@code name_pair}: the first given
 * name and the family name in alphabetical order, so a record with the two swapped (a common
 * keying error) still shares a block with the right one.
 */
public final class VirtualFields {

    public static final String NAME_PAIR = "name_pair";

    private VirtualFields() {
    }

    public static RecordTable addTo(RecordTable table) {
        if (!table.has("given_name") || !table.has("family_name") || table.columns().containsKey(NAME_PAIR)) return table;
        Column g = table.column("given_name"), f = table.column("family_name");
        String[] v = new String[table.size()];
        for (int i = 0; i < v.length; i++) {
            String a = g.value(i), b = f.value(i);
            if (a == null || b == null) continue;
            int sp = a.indexOf(' ');
            if (sp > 0) a = a.substring(0, sp);
            v[i] = a.compareTo(b) <= 0 ? a + " " + b : b + " " + a;
        }
        return table.with(Column.of(NAME_PAIR, v));
    }
}
