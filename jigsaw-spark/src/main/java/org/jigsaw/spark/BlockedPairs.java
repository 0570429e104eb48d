package org.jigsaw.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.posexplode;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.apache.commons.codec.digest.MurmurHash3;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.jigsaw.link.spec.LinkType;

/**
 * Blocking and comparison in one shuffle. Every record carries, per blocking rule, a 64-bit hash
 * of its key ({@link #BK}); the record is sent once per rule it has a key for, partitioned and
 * sorted by (rule, key), and each block is compared where it lands with the core's comparisons
 * ({@link ChunkComparer}). Candidate pairs are never materialised, shuffled or deduplicated: a
 * block only emits the pairs that no earlier rule's block also holds (the pair's first rule owns
 * it), which gives exactly the union of all rules' pairs, each once — what the local engine's
 * sort-and-deduplicate gives.
 *
 * <p>Blocks larger than {@code maxBlockSize} are skipped as locally (their keys are zeroed, so they
 * own no pair either). Blocks larger than {@code saltThreshold} are salted: each record gets a salt
 * {@code s} in {@code [0, S)} and is sent to the cells {@code (min(s,t), max(s,t))} for every
 * {@code t}; a cell compares its two salt groups with each other (or, on the diagonal, within), so a
 * skewed block is spread over {@code S(S+1)/2} tasks while every pair is still compared once.
 *
 * @param saltThreshold records per key above which a key is salted
 * @param maxSalts      upper bound on the salts of one key
 * @param maxBlockSize  skip keys with more records than this; 0 = never skip
 * @param linkType      which pairs are wanted: any, across sources only, or within sources only
 */
public record BlockedPairs(long saltThreshold, int maxSalts, long maxBlockSize, LinkType linkType) implements Serializable {

    /** Per blocking rule, the hash of the record's key; 0 when the key is incomplete. */
    public static final String BK = "bk";
    /** Per term-frequency comparison, the frequency of the record's value among all records; NaN when blank. */
    public static final String TFF = "tff";
    /** Records per shuffle partition of the exploded records. */
    private static final long ROWS_PER_PARTITION = 200_000;

    /** Keys that do not go to one whole block: oversized ones (0 salts: skipped) and salted ones. */
    public record Plan(List<Map<Long, Integer>> salts, Map<String, Long> skippedBlocks) implements Serializable {
        int saltsOf(int rule, long key) {
            return salts.get(rule).getOrDefault(key, 1);
        }
    }

    /** Adds {@link #BK} computed by {@code keyer} from the records' string columns. */
    public static Dataset<Row> withBlockKeys(Dataset<Row> records, BlockingKeyer keyer) {
        StructType out = records.schema().add(BK, DataTypes.createArrayType(DataTypes.LongType, false), false);
        int width = records.schema().size();
        MapPartitionsFunction<Row, Row> f = it -> new Iterator<>() {
            @Override
            public boolean hasNext() {
                return it.hasNext();
            }

            @Override
            public Row next() {
                Row r = it.next();
                String[] keys = keyer.keys(RecordFrames.values(r));
                long[] bk = new long[keys.length];
                for (int i = 0; i < keys.length; i++) bk[i] = keys[i] == null || keys[i].isEmpty() ? 0 : hash(keys[i]);
                Object[] v = new Object[width + 1];
                for (int c = 0; c < width; c++) v[c] = r.get(c);
                v[width] = bk;
                return RowFactory.create(v);
            }
        };
        return records.mapPartitions(f, Encoders.row(out));
    }

    /** 64 bits of MurmurHash3: two different keys collide with odds of about n²/2⁶⁵. */
    static long hash(String key) {
        long h = MurmurHash3.hash128x64(key.getBytes(StandardCharsets.UTF_8))[0];
        return h == 0 ? 1 : h;
    }

    /** Counts every key's records (a small aggregate) and keeps the oversized and salted ones. */
    public Plan plan(Dataset<Row> keyed, List<String> ruleNames) {
        long cut = maxBlockSize > 0 ? Math.min(maxBlockSize, saltThreshold) : saltThreshold;
        List<Row> big = keyed.select(posexplode(col(BK))).where(col("col").notEqual(0))
                .groupBy("pos", "col").count().where(col("count").gt(cut)).collectAsList();
        List<Map<Long, Integer>> salts = new ArrayList<>();
        Map<String, Long> skipped = new java.util.LinkedHashMap<>();
        for (String name : ruleNames) {
            salts.add(new HashMap<>());
            skipped.put(name, 0L);
        }
        for (Row r : big) {
            int rule = r.getInt(0);
            long size = r.getLong(2);
            if (maxBlockSize > 0 && size > maxBlockSize) {
                salts.get(rule).put(r.getLong(1), 0);
                skipped.merge(ruleNames.get(rule), 1L, Long::sum);
            } else {
                salts.get(rule).put(r.getLong(1), (int) Math.min(maxSalts, (size + saltThreshold - 1) / saltThreshold));
            }
        }
        return new Plan(salts, skipped);
    }

    /**
     * Compared candidate pairs ({@link ChunkComparer#SCHEMA}).
     *
     * @param keyed   records with {@code row}, {@code source}, {@link #TFF}, {@link #BK} and the {@code fields}
     * @param records how many records (sizes the shuffle)
     */
    public Dataset<Row> compare(Dataset<Row> keyed, List<String> fields, Plan plan, SpecRuntime runtime, long records) {
        StructType exploded = new StructType()
                .add("rule", DataTypes.IntegerType, false).add("bkey", DataTypes.LongType, false)
                .add("cell", DataTypes.IntegerType, false).add("salt", DataTypes.IntegerType, false)
                .add("row", DataTypes.LongType, false).add("source", DataTypes.StringType, true)
                .add(TFF, DataTypes.createArrayType(DataTypes.DoubleType, false), false)
                .add(BK, DataTypes.createArrayType(DataTypes.LongType, false), false);
        for (String f : fields) exploded = exploded.add(f, DataTypes.StringType, true);
        StructType in = keyed.schema();
        int rowAt = in.fieldIndex("row"), srcAt = in.fieldIndex(RecordFrames.SOURCE), tffAt = in.fieldIndex(TFF), bkAt = in.fieldIndex(BK);
        int[] fieldAt = fields.stream().mapToInt(in::fieldIndex).toArray();
        MapPartitionsFunction<Row, Row> explode = it -> new Explode(it, plan, rowAt, srcAt, tffAt, bkAt, fieldAt);
        int rules = plan.salts().size();
        int parts = (int) Math.max(4, Math.min(20_000, records * rules / ROWS_PER_PARTITION));
        Dataset<Row> sorted = keyed.mapPartitions(explode, Encoders.row(exploded))
                .repartition(parts, col("rule"), col("bkey"), col("cell"))
                .sortWithinPartitions("rule", "bkey", "cell");
        List<String> names = List.copyOf(fields);
        LinkType type = linkType;
        MapPartitionsFunction<Row, Row> scan = it -> new BlockScan(it, names, runtime, type);
        return sorted.mapPartitions(scan, Encoders.row(ChunkComparer.schema(runtime.termFrequencyComparisons().length)));
    }

    /** One output row per (rule, cell) a record's live key sends it to. */
    private static final class Explode implements Iterator<Row> {
        private final Iterator<Row> in;
        private final Plan plan;
        private final int rowAt, srcAt, tffAt, bkAt;
        private final int[] fieldAt;
        private final List<Row> out = new ArrayList<>();
        private int pos;

        Explode(Iterator<Row> in, Plan plan, int rowAt, int srcAt, int tffAt, int bkAt, int[] fieldAt) {
            this.in = in;
            this.plan = plan;
            this.rowAt = rowAt;
            this.srcAt = srcAt;
            this.tffAt = tffAt;
            this.bkAt = bkAt;
            this.fieldAt = fieldAt;
        }

        @Override
        public boolean hasNext() {
            while (pos >= out.size()) {
                if (!in.hasNext()) return false;
                out.clear();
                pos = 0;
                explode(in.next());
            }
            return true;
        }

        @Override
        public Row next() {
            if (!hasNext()) throw new NoSuchElementException();
            return out.get(pos++);
        }

        private void explode(Row r) {
            List<Long> keys = r.getList(bkAt);
            long[] bk = new long[keys.size()];
            for (int i = 0; i < bk.length; i++) {
                long k = keys.get(i);
                // an oversized block is skipped: its key no longer makes (or owns) any pair
                bk[i] = k != 0 && plan.saltsOf(i, k) == 0 ? 0 : k;
            }
            long row = r.getLong(rowAt);
            Object tff = r.get(tffAt);
            for (int rule = 0; rule < bk.length; rule++) {
                if (bk[rule] == 0) continue;
                int salts = plan.saltsOf(rule, bk[rule]);
                int mine = salts == 1 ? 0 : (int) Math.floorMod(mix(row), (long) salts);
                for (int t = 0; t < salts; t++) {
                    int cell = Math.min(mine, t) << 16 | Math.max(mine, t);
                    Object[] v = new Object[8 + fieldAt.length];
                    v[0] = rule;
                    v[1] = bk[rule];
                    v[2] = cell;
                    v[3] = mine;
                    v[4] = row;
                    v[5] = r.get(srcAt);
                    v[6] = tff;
                    v[7] = bk;
                    for (int f = 0; f < fieldAt.length; f++) v[8 + f] = r.get(fieldAt[f]);
                    out.add(RowFactory.create(v));
                }
            }
        }

        private static long mix(long z) {
            z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
            z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
            return z ^ (z >>> 31);
        }
    }

    /** Walks the sorted blocks and compares the pairs each block owns, a batch at a time. */
    private static final class BlockScan implements Iterator<Row> {
        private final Iterator<Row> in;
        private final List<String> fields;
        private final LinkType linkType;
        private final ChunkComparer comparer;
        private final List<Row> block = new ArrayList<>();
        private Row pending;
        private List<Row> out = List.of();
        private int pos;

        BlockScan(Iterator<Row> in, List<String> fields, SpecRuntime runtime, LinkType linkType) {
            this.in = in;
            this.fields = fields;
            this.linkType = linkType;
            this.comparer = new ChunkComparer(runtime);
        }

        @Override
        public boolean hasNext() {
            while (pos >= out.size()) {
                if (pending == null && !in.hasNext() && comparer.isEmpty()) return false;
                while (!comparer.full() && nextBlock()) compareBlock();
                out = comparer.flush();
                pos = 0;
            }
            return true;
        }

        @Override
        public Row next() {
            if (!hasNext()) throw new NoSuchElementException();
            return out.get(pos++);
        }

        /** Reads the next run of equal (rule, key, cell) into {@link #block}; false at the end. */
        private boolean nextBlock() {
            block.clear();
            if (pending == null) {
                if (!in.hasNext()) return false;
                pending = in.next();
            }
            block.add(pending);
            pending = null;
            Row first = block.get(0);
            while (in.hasNext()) {
                Row r = in.next();
                if (r.getInt(0) == first.getInt(0) && r.getLong(1) == first.getLong(1) && r.getInt(2) == first.getInt(2)) {
                    block.add(r);
                } else {
                    pending = r;
                    break;
                }
            }
            return true;
        }

        private void compareBlock() {
            int n = block.size();
            if (n < 2) return;
            int rule = block.get(0).getInt(0);
            int cell = block.get(0).getInt(2);
            boolean diagonal = (cell >>> 16) == (cell & 0xffff);
            String[] src = new String[n];
            long[][] bk = new long[n][];
            for (int i = 0; i < n; i++) {
                Row r = block.get(i);
                src[i] = r.isNullAt(5) ? "" : r.getString(5);
                List<Long> k = r.getList(7);
                bk[i] = new long[rule];
                for (int x = 0; x < rule; x++) bk[i][x] = k.get(x);
            }
            int[] at = new int[n];
            java.util.Arrays.fill(at, -1);
            for (int i = 0; i < n; i++) {
                for (int j = i + 1; j < n; j++) {
                    if (!diagonal && block.get(i).getInt(3) == block.get(j).getInt(3)) continue;
                    if (!allows(src[i], src[j]) || ownedEarlier(bk[i], bk[j])) continue;
                    if (at[i] < 0) at[i] = add(block.get(i));
                    if (at[j] < 0) at[j] = add(block.get(j));
                    comparer.pair(at[i], at[j]);
                }
            }
        }

        private boolean allows(String a, String b) {
            return linkType.allows(a.equals(b));
        }

        /** An earlier rule whose live key the two records share already owns the pair. */
        private static boolean ownedEarlier(long[] a, long[] b) {
            for (int x = 0; x < a.length; x++) if (a[x] != 0 && a[x] == b[x]) return true;
            return false;
        }

        /** An exploded row: row 4, source 5, frequencies 6, fields from 8. */
        private int add(Row r) {
            return comparer.add(r, 4, 5, 6, 8, fields);
        }
    }
}
