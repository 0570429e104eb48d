package org.jigsaw.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.jigsaw.link.spec.LinkType;
import org.jigsaw.record.Field;
import org.jigsaw.record.SourceRecord;
import org.junit.jupiter.api.Test;

class BlockingJoinTest {

    /** rule 0: surname; rule 1: dob. */
    private static final BlockingKeyer KEYER = v -> new String[] {v.get("family_name"), v.get("dob")};

    private static List<SourceRecord> records(int n, long seed) {
        Random rnd = new Random(seed);
        String[] surnames = {"SMITH", "OKAFOR", "NOWAK", "KHAN", "JONES"};
        List<SourceRecord> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            // "SMITH" is heavily over-represented: the skewed key salting must spread
            String sn = rnd.nextInt(3) == 0 ? "SMITH" : surnames[rnd.nextInt(surnames.length)] + rnd.nextInt(8);
            Map<Field, String> v = new java.util.EnumMap<>(Field.class);
            if (rnd.nextInt(10) > 0) v.put(Field.FAMILY_NAME, sn);
            v.put(Field.DOB, "2010-01-" + (10 + rnd.nextInt(20)));
            String src = i % 2 == 0 ? "a" : "b";
            out.add(new SourceRecord(src + ":" + i, src, null, i, v));
        }
        return out;
    }

    private static Set<String> bruteForce(List<SourceRecord> rs, boolean crossOnly, long maxBlock) {
        Map<String, Long> sizes = new java.util.HashMap<>();
        for (SourceRecord r : rs) {
            String[] k = keys(r);
            for (int i = 0; i < k.length; i++) if (k[i] != null) sizes.merge(i + "|" + k[i], 1L, Long::sum);
        }
        Set<String> out = new HashSet<>();
        for (SourceRecord a : rs) {
            for (SourceRecord b : rs) {
                if (a.key().compareTo(b.key()) >= 0) continue;
                if (crossOnly && a.source().equals(b.source())) continue;
                String[] ka = keys(a), kb = keys(b);
                for (int i = 0; i < ka.length; i++) {
                    if (ka[i] != null && ka[i].equals(kb[i]) && (maxBlock == 0 || sizes.get(i + "|" + ka[i]) <= maxBlock)) {
                        out.add(a.key() + "|" + b.key());
                    }
                }
            }
        }
        return out;
    }

    private static String[] keys(SourceRecord r) {
        Map<String, String> v = new java.util.HashMap<>();
        r.values().forEach((f, x) -> v.put(f.key(), x));
        return KEYER.keys(v);
    }

    private static Set<String> collect(Dataset<Row> pairs) {
        Set<String> out = new HashSet<>();
        List<Row> rows = pairs.collectAsList();
        for (Row r : rows) out.add(r.getString(0) + "|" + r.getString(1));
        assertThat(out).as("pairs are deduplicated across rules").hasSize(rows.size());
        return out;
    }

    @Test
    void saltedJoinFindsExactlyTheBruteForcePairsOnce() {
        SparkSession spark = LocalSpark.session();
        List<SourceRecord> rs = records(600, 1);
        Dataset<Row> df = RecordFrames.of(spark, rs);
        Set<String> expected = bruteForce(rs, false, 0);

        Set<String> unsalted = collect(new BlockingJoin(1_000_000, 1, 0, LinkType.DEDUPE_AND_LINK).pairs(df, KEYER));
        Set<String> salted = collect(new BlockingJoin(20, 16, 0, LinkType.DEDUPE_AND_LINK).pairs(df, KEYER));

        assertThat(expected).hasSizeGreaterThan(10_000);
        assertThat(unsalted).isEqualTo(expected);
        assertThat(salted).isEqualTo(expected);
    }

    @Test
    void crossSourceOnlyAndBlockSizeCapAreHonoured() {
        SparkSession spark = LocalSpark.session();
        List<SourceRecord> rs = records(400, 2);
        Dataset<Row> df = RecordFrames.of(spark, rs);
        Set<String> got = collect(new BlockingJoin(25, 8, 60, LinkType.LINK_ONLY).pairs(df, KEYER));
        assertThat(got).isEqualTo(bruteForce(rs, true, 60));
        assertThat(got).allSatisfy(p -> assertThat(p.charAt(0)).isNotEqualTo(p.charAt(p.indexOf('|') + 1)));
    }

    @Test
    void eachPairKeepsTheFirstRuleThatFoundIt() {
        SparkSession spark = LocalSpark.session();
        List<SourceRecord> rs = List.of(
                new SourceRecord("a:1", "a", null, 1, Map.of(Field.FAMILY_NAME, "KHAN", Field.DOB, "2011-02-03")),
                new SourceRecord("b:1", "b", null, 1, Map.of(Field.FAMILY_NAME, "KHAN", Field.DOB, "2011-02-03")),
                new SourceRecord("b:2", "b", null, 2, Map.of(Field.FAMILY_NAME, "NOWAK", Field.DOB, "2011-02-03")));
        List<Row> rows = BlockingJoin.defaults().pairs(RecordFrames.of(spark, rs), KEYER).orderBy("left", "right").collectAsList();
        assertThat(rows).extracting(r -> r.getString(0) + "|" + r.getString(1) + "|" + r.getInt(2))
                .containsExactly("a:1|b:1|0", "a:1|b:2|1", "b:1|b:2|1");
    }
}
