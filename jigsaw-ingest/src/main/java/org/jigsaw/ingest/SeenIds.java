package org.jigsaw.ingest;

import java.util.HashMap;
import java.util.Map;

/**
 * The record keys one source has loaded, each with the identity hash of its first row and the
 * content hashes of its rows, so exact duplicate rows and id conflicts are found without keeping
 * rows. Open addressing over parallel arrays: a source of a million rows costs about 40 bytes per
 * id here (the key strings are the records' own), where a {@code HashMap<String, long[]>} cost
 * over a hundred and kept the garbage collector busy copying its nodes.
 */
final class SeenIds {
    private String[] keys = new String[1024];
    private long[] identity = new long[1024];
    private long[] content = new long[1024];
    private int size;
    /** Content hashes beyond the first, for the few ids with several distinct rows (a row per contact…). */
    private final Map<String, long[]> more = new HashMap<>();

    /** The slot of {@code key}, or -1 if it has not been seen. Valid until the next {@link #add}. */
    int find(String key) {
        int mask = keys.length - 1;
        for (int i = spread(key.hashCode()) & mask; ; i = (i + 1) & mask) {
            String k = keys[i];
            if (k == null) return -1;
            if (k.equals(key)) return i;
        }
    }

    long identity(int slot) {
        return identity[slot];
    }

    /** Whether a row with this content hash was already seen under the slot's key. */
    boolean hasContent(int slot, long hash) {
        if (content[slot] == hash) return true;
        long[] m = more.get(keys[slot]);
        if (m == null) return false;
        for (long h : m) {
            if (h == hash) return true;
        }
        return false;
    }

    void addContent(int slot, long hash) {
        more.merge(keys[slot], new long[] {hash}, (a, b) -> {
            long[] grown = java.util.Arrays.copyOf(a, a.length + 1);
            grown[a.length] = b[0];
            return grown;
        });
    }

    /** A key not seen before, with its first row's identity and content hashes. */
    void add(String key, long identityHash, long contentHash) {
        if ((size + 1) * 2 > keys.length) grow();
        put(key, identityHash, contentHash);
        size++;
    }

    private void put(String key, long identityHash, long contentHash) {
        int mask = keys.length - 1;
        int i = spread(key.hashCode()) & mask;
        while (keys[i] != null) i = (i + 1) & mask;
        keys[i] = key;
        identity[i] = identityHash;
        content[i] = contentHash;
    }

    private void grow() {
        String[] k = keys;
        long[] id = identity;
        long[] c = content;
        keys = new String[k.length * 2];
        identity = new long[k.length * 2];
        content = new long[k.length * 2];
        for (int i = 0; i < k.length; i++) {
            if (k[i] != null) put(k[i], id[i], c[i]);
        }
    }

    /** Sequential ids (P1, P2…) hash to neighbouring values: mix the bits before masking. */
    private static int spread(int h) {
        h *= 0x9E3779B9;
        return h ^ (h >>> 16);
    }
}
