package org.jigsaw.link.incremental;

import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import org.jigsaw.link.PairComparer;
import org.jigsaw.link.block.LongList;
import org.jigsaw.link.data.RecordTable;
import org.jigsaw.link.model.PatternSpace;

/**
 * A {@link PairComparer} that takes a pair's comparison vector from the previous run's
 * {@link LinkCache} when both records are unchanged (same key, same fingerprint, same order) and
 * compares it otherwise. It keeps what it produced, so the caller can save the next cache.
 */
public final class ReusingComparer implements PairComparer {

    private final LinkCache previous;
    private final String specFingerprint;
    private final AtomicLong reused = new AtomicLong();
    private final AtomicLong compared = new AtomicLong();
    private RecordTable table;
    private long[] fingerprints;
    private long[] pairs;
    private long[] patterns;
    private RecordDelta delta;
    private String cacheState;

    /** @param previous the last run's cache, or null */
    public ReusingComparer(LinkCache previous, String specFingerprint) {
        this.previous = previous;
        this.specFingerprint = specFingerprint;
    }

    @Override
    public void compare(RecordTable table, long[] pairs, long[] patterns, PatternSpace space) {
        this.table = table;
        this.pairs = pairs;
        this.patterns = patterns;
        this.fingerprints = RowFingerprints.of(table);
        int[] oldRow = mapRows(table);
        int chunk = 1 << 16;
        int chunks = (pairs.length + chunk - 1) / chunk;
        IntStream.range(0, chunks).parallel().forEach(c -> {
            int from = c * chunk, to = Math.min(pairs.length, from + chunk);
            long r = 0;
            for (int p = from; p < to; p++) {
                int i = LongList.left(pairs[p]), j = LongList.right(pairs[p]);
                long known = known(oldRow, i, j);
                if (known >= 0) {
                    patterns[p] = known;
                    r++;
                } else {
                    patterns[p] = space.pattern(i, j);
                }
            }
            reused.addAndGet(r);
            compared.addAndGet((to - from) - r);
        });
    }

    /** Old row of each new row when its record is unchanged, else -1; also fills {@link #delta()}. */
    private int[] mapRows(RecordTable t) {
        int[] oldRow = new int[t.size()];
        Arrays.fill(oldRow, -1);
        if (previous == null) {
            cacheState = "none";
            delta = new RecordDelta(t.size(), 0, 0, 0);
            return oldRow;
        }
        if (!previous.specFingerprint().equals(specFingerprint)) {
            cacheState = "link spec changed";
            delta = new RecordDelta(t.size(), 0, 0, 0);
            return oldRow;
        }
        cacheState = "used";
        Map<String, Integer> index = new HashMap<>(previous.rows() * 2);
        for (int i = 0; i < previous.rows(); i++) {
            index.put(previous.keys()[i], i);
        }
        int added = 0, changed = 0, unchanged = 0;
        for (int i = 0; i < t.size(); i++) {
            Integer o = index.get(t.key(i));
            if (o == null) {
                added++;
            } else if (previous.fingerprints()[2 * o] == fingerprints[2 * i]
                    && previous.fingerprints()[2 * o + 1] == fingerprints[2 * i + 1]) {
                oldRow[i] = o;
                unchanged++;
            } else {
                changed++;
            }
        }
        delta = new RecordDelta(added, changed, previous.rows() - changed - unchanged, unchanged);
        return oldRow;
    }

    private long known(int[] oldRow, int i, int j) {
        int a = oldRow[i], b = oldRow[j];
        // only in the same order: a comparison need not be symmetric
        if (a < 0 || b < 0 || a >= b) {
            return -1;
        }
        int at = Arrays.binarySearch(previous.pairs(), LongList.pair(a, b));
        return at < 0 ? -1 : previous.patterns()[at];
    }

    /** The cache for the next run; call after {@link #compare}. */
    public LinkCache nextCache() {
        if (table == null) {
            throw new IllegalStateException("nothing compared yet");
        }
        String[] keys = new String[table.size()];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = table.key(i);
        }
        long[] sortedPairs = pairs;
        long[] sortedPatterns = patterns;
        if (!isSorted(pairs)) {
            Integer[] order = new Integer[pairs.length];
            for (int p = 0; p < order.length; p++) {
                order[p] = p;
            }
            Arrays.sort(order, (x, y) -> Long.compare(pairs[x], pairs[y]));
            sortedPairs = new long[pairs.length];
            sortedPatterns = new long[pairs.length];
            for (int p = 0; p < order.length; p++) {
                sortedPairs[p] = pairs[order[p]];
                sortedPatterns[p] = patterns[order[p]];
            }
        }
        return new LinkCache(specFingerprint, keys, fingerprints, sortedPairs, sortedPatterns);
    }

    private static boolean isSorted(long[] a) {
        for (int i = 1; i < a.length; i++) {
            if (a[i - 1] > a[i]) {
                return false;
            }
        }
        return true;
    }

    public RecordDelta delta() {
        return delta;
    }

    /** For the run's metrics: what was reused and what was compared. */
    public Map<String, Object> metrics() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("cache", cacheState);
        m.put("pairs_reused", reused.get());
        m.put("pairs_compared", compared.get());
        if (delta != null) {
            m.put("records_new", delta.added());
            m.put("records_changed", delta.changed());
            m.put("records_removed", delta.removed());
            m.put("records_unchanged", delta.unchanged());
        }
        return m;
    }
}
