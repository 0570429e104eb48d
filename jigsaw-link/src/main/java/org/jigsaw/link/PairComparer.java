package org.jigsaw.link;

import java.util.stream.IntStream;
import org.jigsaw.link.block.LongList;
import org.jigsaw.link.data.RecordTable;
import org.jigsaw.link.model.PatternSpace;

/**
 * Fills the comparison vector of every candidate pair: step 2 of {@link Linker}. The default
 * compares every pair; an incremental refresh substitutes one that reuses the vectors of pairs
 * whose records did not change since the previous run, so only pairs touching new or changed
 * records are compared (see {@code org.jigsaw.link.incremental}).
 */
public interface PairComparer {

    /**
     * @param table    the records being linked (with virtual fields)
     * @param pairs    candidate pairs, packed with {@link LongList#pair}, left row &lt; right row
     * @param patterns output: {@code patterns[p]} = the comparison vector of {@code pairs[p]}
     */
    void compare(RecordTable table, long[] pairs, long[] patterns, PatternSpace space);

    /** Compares every pair, in parallel chunks. */
    PairComparer ALL = (table, pairs, patterns, space) -> {
        int chunk = 1 << 16;
        int chunks = (pairs.length + chunk - 1) / chunk;
        IntStream.range(0, chunks).parallel().forEach(c -> {
            int from = c * chunk, to = Math.min(pairs.length, from + chunk);
            for (int p = from; p < to; p++) {
                patterns[p] = space.pattern(LongList.left(pairs[p]), LongList.right(pairs[p]));
            }
        });
    };
}
