package org.jigsaw.cli.spark;

import de.siegmar.fastcsv.writer.CsvWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jigsaw.link.Decision;
import org.jigsaw.link.LinkResult;
import org.jigsaw.link.ScoredPair;
import org.jigsaw.link.block.LongList;
import org.jigsaw.link.data.RecordTable;
import org.jigsaw.link.io.MatchJob;

/**
 * A {@link LinkResult}'s scored pairs placed on the rows of the {@link RecordTable} they were
 * linked from, packed and sorted as the local engine's {@code Linkage} holds them: what lets
 * {@code jigsaw match --engine spark} write the same links CSV and evaluate against the truth
 * exactly as {@link MatchJob} does for the local engine.
 */
public final class ResultPairs {

    private final RecordTable table;
    private final long[] packed;
    private final ScoredPair[] pairs;

    private ResultPairs(RecordTable table, long[] packed, ScoredPair[] pairs) {
        this.table = table;
        this.packed = packed;
        this.pairs = pairs;
    }

    public static ResultPairs of(LinkResult result, RecordTable table) {
        Map<String, Integer> row = new HashMap<>(table.size() * 2);
        for (int i = 0; i < table.size(); i++) row.put(table.key(i), i);
        int n = result.pairs().size();
        Integer[] order = new Integer[n];
        long[] key = new long[n];
        for (int p = 0; p < n; p++) {
            ScoredPair s = result.pairs().get(p);
            Integer a = row.get(s.leftKey()), b = row.get(s.rightKey());
            if (a == null || b == null) throw new IllegalStateException("the Spark engine returned a pair of records it was not given");
            key[p] = LongList.pair(Math.min(a, b), Math.max(a, b));
            order[p] = p;
        }
        Arrays.sort(order, Comparator.comparingLong(p -> key[p]));
        long[] packed = new long[n];
        ScoredPair[] pairs = new ScoredPair[n];
        for (int k = 0; k < n; k++) {
            packed[k] = key[order[k]];
            pairs[k] = result.pairs().get(order[k]);
        }
        return new ResultPairs(table, packed, pairs);
    }

    public int count() {
        return packed.length;
    }

    /** Every candidate pair, packed {@code (left << 32) | right}, sorted. */
    public long[] candidatePairs() {
        return packed.clone();
    }

    /** Candidate pairs that ended up linked, packed. */
    public long[] linkedPairs() {
        LongList out = new LongList(1024);
        for (int p = 0; p < packed.length; p++) if (pairs[p].decision().links()) out.add(packed[p]);
        return out.toArray();
    }

    public long count(Decision d) {
        return Arrays.stream(pairs).filter(p -> p.decision() == d).count();
    }

    /** As {@code Linkage.describe}: the pair's decision and probability, or "not a candidate". */
    public String describe(long packedPair) {
        int p = Arrays.binarySearch(packed, packedPair);
        if (p < 0) return "not a candidate (no blocking rule matched)";
        return String.format(Locale.ROOT, "%s, probability %.4f", pairs[p].decision(), pairs[p].matchProbability());
    }

    /** The links CSV of {@link MatchJob#writeLinks}: linked pairs, strongest first, left id from the first file. */
    public int writeLinks(Path out) throws IOException {
        List<Integer> linked = new ArrayList<>();
        for (int p = 0; p < packed.length; p++) if (pairs[p].decision().links()) linked.add(p);
        // stable sort: equal weights keep row order, as the local engine's
        linked.sort((a, b) -> Double.compare(pairs[b].matchWeight(), pairs[a].matchWeight()));
        if (out.getParent() != null) Files.createDirectories(out.getParent());
        try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8); CsvWriter csv = CsvWriter.builder().build(w)) {
            csv.writeRecord("left_id", "right_id", "match_probability", "match_weight");
            for (int p : linked) {
                int i = LongList.left(packed[p]), j = LongList.right(packed[p]);
                if (table.source(i) > table.source(j)) {
                    int x = i;
                    i = j;
                    j = x;
                }
                csv.writeRecord(MatchJob.rawId(table.key(i), table.sourceName(i)), MatchJob.rawId(table.key(j), table.sourceName(j)),
                        String.format(Locale.ROOT, "%.6f", pairs[p].matchProbability()),
                        String.format(Locale.ROOT, "%.4f", pairs[p].matchWeight()));
            }
        }
        return linked.size();
    }
}
