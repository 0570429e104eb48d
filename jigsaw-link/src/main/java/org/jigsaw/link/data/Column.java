package org.jigsaw.link.data;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

/**
 * One field of every record, dictionary-encoded: each record holds the id of its (standardised)
 * value, or -1 when blank. Everything derived from a value — characters, phonetic codes,
 * canonical names, parsed dates, postcode sectors — is computed once per distinct value, not once
 * per record or per pair, which is what keeps a million-record linkage inside a minute.
 */
public final class Column {

    private final String name;
    private final int[] ids;
    private final String[] dictionary;
    private final int[] frequency;
    private final int nonBlank;
    private final Map<String, Derived> derived = new ConcurrentHashMap<>();
    private volatile char[][] chars;
    private volatile int[] dates;

    private Column(String name, int[] ids, String[] dictionary, int[] frequency, int nonBlank) {
        this.name = name;
        this.ids = ids;
        this.dictionary = dictionary;
        this.frequency = frequency;
        this.nonBlank = nonBlank;
    }

    /** Encodes {@code values} (null or blank = missing); values are taken as already standardised. */
    public static Column of(String name, String[] values) {
        Map<String, Integer> index = new HashMap<>(Math.max(16, values.length / 4));
        int[] ids = new int[values.length];
        String[] dict = new String[16];
        int[] freq = new int[16];
        int nonBlank = 0;
        for (int i = 0; i < values.length; i++) {
            String v = values[i];
            if (v == null || v.isBlank()) {
                ids[i] = -1;
                continue;
            }
            Integer id = index.get(v);
            if (id == null) {
                id = index.size();
                index.put(v, id);
                if (id == dict.length) {
                    dict = Arrays.copyOf(dict, id * 2);
                    freq = Arrays.copyOf(freq, id * 2);
                }
                dict[id] = v;
            }
            ids[i] = id;
            freq[id]++;
            nonBlank++;
        }
        int size = index.size();
        return new Column(name, ids, Arrays.copyOf(dict, size), Arrays.copyOf(freq, size), nonBlank);
    }

    public String name() {
        return name;
    }

    public int size() {
        return ids.length;
    }

    /** The value id of record {@code row}, or -1 when blank. */
    public int id(int row) {
        return ids[row];
    }

    public String value(int row) {
        int id = ids[row];
        return id < 0 ? null : dictionary[id];
    }

    public String valueOf(int id) {
        return dictionary[id];
    }

    public int distinct() {
        return dictionary.length;
    }

    /** How many records carry value id {@code id}. */
    public int frequency(int id) {
        return frequency[id];
    }

    public int nonBlank() {
        return nonBlank;
    }

    /** Characters of value id {@code id}, for the string metrics. */
    public char[] chars(int id) {
        char[][] c = chars;
        if (c == null) {
            synchronized (this) {
                c = chars;
                if (c == null) {
                    c = new char[dictionary.length][];
                    for (int i = 0; i < c.length; i++) c[i] = dictionary[i].toCharArray();
                    chars = c;
                }
            }
        }
        return c[id];
    }

    /** Value id {@code id} as a date {@code yyyymmdd} integer, or -1 when not an ISO date. */
    public int date(int id) {
        int[] d = dates;
        if (d == null) {
            synchronized (this) {
                d = dates;
                if (d == null) {
                    d = new int[dictionary.length];
                    for (int i = 0; i < d.length; i++) d[i] = DateCodes.parseIso(dictionary[i]);
                    dates = d;
                }
            }
        }
        return d[id];
    }

    /**
     * The values mapped through {@code fn} (e.g. phonetic code, canonical name), re-encoded; cached
     * under {@code key}. {@code fn} returning null or blank means "no derived value".
     */
    public Derived derive(String key, UnaryOperator<String> fn) {
        return derived.computeIfAbsent(key, k -> Derived.of(dictionary, fn));
    }

    /** A value derived from each distinct value, itself dictionary-encoded. */
    public record Derived(int[] map, int distinct) {
        static Derived of(String[] dictionary, UnaryOperator<String> fn) {
            Map<String, Integer> index = new HashMap<>();
            int[] map = new int[dictionary.length];
            for (int i = 0; i < dictionary.length; i++) {
                String v = fn.apply(dictionary[i]);
                map[i] = v == null || v.isBlank() ? -1 : index.computeIfAbsent(v, x -> index.size());
            }
            return new Derived(map, index.size());
        }

        /** The derived id of value id {@code valueId} (-1 in, -1 out). */
        public int of(int valueId) {
            return valueId < 0 ? -1 : map[valueId];
        }
    }
}
