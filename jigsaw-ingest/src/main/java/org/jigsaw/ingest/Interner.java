package org.jigsaw.ingest;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * Remembers the results of a costly, pure function of a short string (standardising a name,
 * parsing a date) so repeated inputs are computed once and share one result object. Extracts
 * repeat values heavily (a few thousand given names, dates of birth, codes among a million rows),
 * so this saves both time and heap. Bounded: once full it stops remembering new inputs.
 */
final class Interner<V> {
    private final Map<String, V> memo = new HashMap<>();
    private final Function<String, V> fn;
    private final int capacity;

    Interner(Function<String, V> fn, int capacity) {
        this.fn = fn;
        this.capacity = capacity;
    }

    V get(String in) {
        if (in == null) return null;
        V v = memo.get(in);
        if (v != null || memo.containsKey(in)) return v;
        v = fn.apply(in);
        if (memo.size() < capacity) memo.put(in, v);
        return v;
    }
}
