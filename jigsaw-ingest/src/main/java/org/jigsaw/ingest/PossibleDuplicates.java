package org.jigsaw.ingest;

import java.util.Arrays;
import java.util.Map;
import org.jigsaw.record.Field;

/**
 * Children recorded twice in one source under different ids: records whose identity (NHS number,
 * UPN, or first given name, family name and date of birth) an earlier person of the source already
 * has. Kept as hashes in primitive arrays, since a large source has hundreds of thousands of
 * records; the union-find is local because link's clusterer sits above ingest.
 */
final class PossibleDuplicates {
    private final long[][] dupKeys = {new long[16], new long[16], new long[16]};
    private final int[] dupCount = new int[3];
    private long[] personKeys = new long[16];

    /**
     * Remembers hashed identity keys of each record (NHS number; UPN; first given name, family name
     * and date of birth) as {@code hash << 24 | ordinal} so {@link #count()} can find
     * records of the same child under different ids in 24 bytes per record, not a map of strings.
     */
    void add(Map<Field, String> vals, long ordinal, String id) {
        if (ordinal >= (1L << 24)) return;
        String person = vals.getOrDefault(Field.LOCAL_ID, id);
        if (ordinal >= personKeys.length) personKeys = Arrays.copyOf(personKeys, Math.max(16, personKeys.length * 2));
        personKeys[(int) ordinal] = hash40(person);
        String nhs = vals.get(Field.NHS_NUMBER);
        String upn = vals.get(Field.UPN);
        String given = vals.get(Field.GIVEN_NAME);
        String family = vals.get(Field.FAMILY_NAME);
        String dob = vals.get(Field.DOB);
        if (nhs != null) dupKeys[0] = append(0, hash40(nhs) << 24 | ordinal);
        if (upn != null) dupKeys[1] = append(1, hash40(upn) << 24 | ordinal);
        if (given != null && family != null && dob != null) {
            String first = given.indexOf(' ') < 0 ? given : given.substring(0, given.indexOf(' '));
            // the hash of canonical|family|dob, chained over the parts so no joined string is built per row
            long h = fnv(fnv(fnv(fnv(fnv(FNV_OFFSET, Nicknames.builtIn().canonical(first)), "|"), family), "|"), dob);
            dupKeys[2] = append(2, fold40(h) << 24 | ordinal);
        }
    }

    private long[] append(int k, long v) {
        long[] a = dupKeys[k];
        if (dupCount[k] == a.length) a = Arrays.copyOf(a, Math.max(16, a.length * 2));
        a[dupCount[k]++] = v;
        return a;
    }

    private static final long FNV_OFFSET = 0xcbf29ce484222325L;

    private static long hash40(String s) {
        return fold40(fnv(FNV_OFFSET, s));
    }

    /** 64-bit FNV-1a over the chars of {@code s} (as string concatenation writes it), continuing from {@code h}. */
    private static long fnv(long h, String s) {
        String t = String.valueOf(s);
        for (int i = 0; i < t.length(); i++) {
            h ^= t.charAt(i);
            h *= 0x100000001b3L;
        }
        return h;
    }

    private static long fold40(long h) {
        return (h ^ (h >>> 40)) & ((1L << 40) - 1);
    }

    /**
     * Children recorded twice: person keys (local_id, else the record id) whose identity (NHS
     * number, UPN, or name and date of birth) an earlier person key of this source already has.
     */
    long count() {
        // union-find over person keys that share an identity; each group of n persons is n - 1 duplicates.
        // Primitive arrays, not a map of boxed longs: a large source has hundreds of thousands of pairs.
        long[] pairs = new long[16];
        int n = 0;
        for (int k = 0; k < 3; k++) {
            long[] a = Arrays.copyOf(dupKeys[k], dupCount[k]);
            Arrays.sort(a);
            for (int i = 1; i < a.length; i++) {
                if (a[i] >>> 24 != a[i - 1] >>> 24) continue;
                long p = personKeys[(int) (a[i] & 0xFFFFFF)];
                long q = personKeys[(int) (a[i - 1] & 0xFFFFFF)];
                if (p == q) continue;
                if (n + 2 > pairs.length) pairs = Arrays.copyOf(pairs, pairs.length * 2);
                pairs[n++] = p;
                pairs[n++] = q;
            }
        }
        if (n == 0) return 0;
        long[] nodes = Arrays.copyOf(pairs, n);
        Arrays.sort(nodes);
        int m = 0;
        for (int i = 0; i < nodes.length; i++) {
            if (i == 0 || nodes[i] != nodes[i - 1]) nodes[m++] = nodes[i];
        }
        int[] parent = new int[m];
        for (int i = 0; i < m; i++) parent[i] = i;
        int groups = m;
        for (int i = 0; i < n; i += 2) {
            int ra = find(parent, Arrays.binarySearch(nodes, 0, m, pairs[i]));
            int rb = find(parent, Arrays.binarySearch(nodes, 0, m, pairs[i + 1]));
            if (ra != rb) {
                parent[Math.max(ra, rb)] = Math.min(ra, rb);
                groups--;
            }
        }
        return m - groups;
    }

    private static int find(int[] parent, int x) {
        int r = x;
        while (parent[r] != r) r = parent[r];
        while (parent[x] != r) {
            int next = parent[x];
            parent[x] = r;
            x = next;
        }
        return r;
    }
}
