package org.jigsaw.ingest.read;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Column names of a tabular file. Lookup is exact first, then ignoring case and surrounding
 * spaces, because extracts drift between "NHS Number" and "NHS number" from one month to the next.
 */
public final class Header {
    private final List<String> names;
    private final Map<String, Integer> exact = new HashMap<>();
    private final Map<String, Integer> loose = new HashMap<>();

    public Header(List<String> names) {
        this.names = List.copyOf(names);
        for (int i = 0; i < names.size(); i++) {
            String n = names.get(i) == null ? "" : names.get(i);
            exact.putIfAbsent(n, i);
            loose.putIfAbsent(n.strip().toLowerCase(Locale.ROOT), i);
        }
    }

    public List<String> names() {
        return names;
    }

    public int size() {
        return names.size();
    }

    /** Index of the column, or -1. */
    public int indexOf(String column) {
        if (column == null) return -1;
        Integer i = exact.get(column);
        if (i == null) i = loose.get(column.strip().toLowerCase(Locale.ROOT));
        return i == null ? -1 : i;
    }

    public boolean has(String column) {
        return indexOf(column) >= 0;
    }
}
