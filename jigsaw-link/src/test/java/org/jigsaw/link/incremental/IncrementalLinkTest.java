package org.jigsaw.link.incremental;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.jigsaw.link.Linkage;
import org.jigsaw.link.Linker;
import org.jigsaw.link.compare.LevelKinds;
import org.jigsaw.link.data.RecordTable;
import org.jigsaw.link.spec.LinkSpec;
import org.jigsaw.progress.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IncrementalLinkTest {

    static final String[] GIVEN = {"OLIVIA", "AMELIA", "ISLA", "AVA", "MUHAMMAD", "NOAH", "OLIVER", "GEORGE", "LEO",
            "ARTHUR", "FREYA", "LILY", "IVY", "FLORENCE", "THEO", "OSCAR", "JACK", "HARRY", "ZARA", "AISHA"};
    static final String[] FAMILY = {"SMITH", "JONES", "TAYLOR", "BROWN", "WILLIAMS", "WILSON", "JOHNSON", "DAVIES",
            "PATEL", "KHAN", "OKAFOR", "NOWAK", "EVANS", "THOMAS", "ROBERTS", "WALKER", "WRIGHT", "HUGHES"};
    static final List<String> SOURCES = List.of("census", "health", "social");

    @TempDir
    Path dir;

    /** One synthetic child's record as one source holds it; key = source:id. */
    record Rec(String key, int source, Map<String, String> values) {
    }

    static Map<String, Rec> population(int people, long seed) {
        Random rnd = new Random(seed);
        Map<String, Rec> recs = new TreeMap<>();
        for (int p = 0; p < people; p++) {
            String given = GIVEN[rnd.nextInt(GIVEN.length)];
            String family = FAMILY[rnd.nextInt(FAMILY.length)];
            String dob = String.format("%d-%02d-%02d", 2005 + rnd.nextInt(20), 1 + rnd.nextInt(12), 1 + rnd.nextInt(28));
            String nhs = String.format("999%07d", p);
            String postcode = "TS" + (1 + rnd.nextInt(9)) + " " + (1 + rnd.nextInt(9)) + "AB";
            for (int s = 0; s < SOURCES.size(); s++) {
                if (s > 0 && rnd.nextDouble() < 0.4) {
                    continue;
                }
                Map<String, String> v = new LinkedHashMap<>();
                v.put("given_name", rnd.nextDouble() < 0.05 ? given.substring(0, given.length() - 1) + "E" : given);
                v.put("family_name", family);
                v.put("dob", dob);
                v.put("sex", p % 2 == 0 ? "F" : "M");
                v.put("postcode", postcode);
                if (s == 1 || rnd.nextDouble() < 0.3) {
                    v.put("nhs_number", nhs);
                }
                String key = SOURCES.get(s) + ":" + String.format("%06d", p);
                recs.put(key, new Rec(key, s, v));
            }
        }
        return recs;
    }

    static RecordTable table(Map<String, Rec> recs) {
        List<Rec> rows = new ArrayList<>(recs.values());
        String[] keys = new String[rows.size()];
        int[] sources = new int[rows.size()];
        Map<String, String[]> cols = new LinkedHashMap<>();
        for (String f : List.of("nhs_number", "given_name", "family_name", "dob", "sex", "postcode")) {
            cols.put(f, new String[rows.size()]);
        }
        for (int i = 0; i < rows.size(); i++) {
            keys[i] = rows.get(i).key();
            sources[i] = rows.get(i).source();
            for (var e : rows.get(i).values().entrySet()) {
                cols.get(e.getKey())[i] = e.getValue();
            }
        }
        return RecordTable.fromColumns(keys, sources, SOURCES, cols);
    }

    /** A term later: some children leave, some records are corrected, new children and new records arrive. */
    static Map<String, Rec> nextTerm(Map<String, Rec> before, int people, long seed) {
        Random rnd = new Random(seed);
        Map<String, Rec> after = new TreeMap<>();
        for (Rec r : before.values()) {
            double u = rnd.nextDouble();
            if (u < 0.02) {
                continue;                                   // left the area
            }
            if (u < 0.06) {
                Map<String, String> v = new LinkedHashMap<>(r.values());
                v.put("postcode", "TS9 " + (1 + rnd.nextInt(9)) + "ZZ");   // moved house
                after.put(r.key(), new Rec(r.key(), r.source(), v));
                continue;
            }
            after.put(r.key(), r);
        }
        // new children, and new records of existing children (e.g. a first health contact)
        Map<String, Rec> fresh = population(people + 150, seed + 1);
        for (Rec r : fresh.values()) {
            int id = Integer.parseInt(r.key().substring(r.key().indexOf(':') + 1));
            if (id >= people || (!after.containsKey(r.key()) && !before.containsKey(r.key()) && rnd.nextDouble() < 0.05)) {
                after.put(r.key(), r);
            }
        }
        return after;
    }

    @Test
    void incrementalRunGivesTheSameResultAsAFullRunAndComparesOnlyWhatChanged() throws Exception {
        LinkSpec spec = LinkSpec.defaultSpec();
        String fp = SpecFingerprint.of(spec);
        Map<String, Rec> term1 = population(1500, 7);
        ReusingComparer first = new ReusingComparer(null, fp);
        Linkage l1 = new Linker(spec, LevelKinds.defaults(), first).link(table(term1), List.of(), Map.of(), Progress.NONE);
        Path cacheFile = dir.resolve(LinkCache.FILE);
        first.nextCache().write(cacheFile);
        Map<String, String> previousIds = new HashMap<>();
        for (int i = 0; i < l1.table().size(); i++) {
            previousIds.put(l1.table().key(i), l1.personId(i));
        }

        Map<String, Rec> term2 = nextTerm(term1, 1500, 11);
        RecordTable t2 = table(term2);
        Linkage full = new Linker(spec).link(t2, List.of(), previousIds, Progress.NONE);
        ReusingComparer reuse = new ReusingComparer(LinkCache.read(cacheFile), fp);
        Linkage inc = new Linker(spec, LevelKinds.defaults(), reuse).link(table(term2), List.of(), previousIds, Progress.NONE);

        assertThat(inc.candidatePairs()).isEqualTo(full.candidatePairs());
        for (int p = 0; p < full.pairCount(); p++) {
            assertThat(inc.weight(p)).as("weight of pair %d", p).isEqualTo(full.weight(p));
            assertThat(inc.decision(p)).as("decision of pair %d", p).isEqualTo(full.decision(p));
        }
        for (int i = 0; i < full.table().size(); i++) {
            assertThat(inc.personId(i)).as("person of %s", full.table().key(i)).isEqualTo(full.personId(i));
        }
        assertThat(inc.personCount()).isEqualTo(full.personCount());

        Map<String, Object> m = reuse.metrics();
        assertThat(m.get("cache")).isEqualTo("used");
        long reused = (Long) m.get("pairs_reused");
        long compared = (Long) m.get("pairs_compared");
        assertThat(reused + compared).isEqualTo(full.pairCount());
        assertThat(reused).isGreaterThan(compared);   // most pairs were between unchanged records
        assertThat(compared).isPositive();
        RecordDelta d = reuse.delta();
        assertThat(d.added()).isPositive();
        assertThat(d.changed()).isPositive();
        assertThat(d.removed()).isPositive();
        assertThat(d.added() + d.changed() + d.unchanged()).isEqualTo(t2.size());

        // and person IDs of children whose records did not change stay as they were
        long kept = 0;
        for (int i = 0; i < inc.table().size(); i++) {
            String before = previousIds.get(inc.table().key(i));
            if (before != null && before.equals(inc.personId(i))) {
                kept++;
            }
        }
        assertThat(kept).isGreaterThan((long) (d.unchanged() * 0.95));
    }

    @Test
    void aChangedSpecInvalidatesTheCache() throws Exception {
        LinkSpec spec = LinkSpec.defaultSpec();
        Map<String, Rec> term1 = population(200, 3);
        ReusingComparer first = new ReusingComparer(null, SpecFingerprint.of(spec));
        new Linker(spec, LevelKinds.defaults(), first).link(table(term1), List.of(), Map.of(), Progress.NONE);
        ReusingComparer second = new ReusingComparer(first.nextCache(), "another spec");
        new Linker(spec, LevelKinds.defaults(), second).link(table(term1), List.of(), Map.of(), Progress.NONE);
        assertThat(second.metrics()).containsEntry("cache", "link spec changed").containsEntry("pairs_reused", 0L);
    }

    @Test
    void aDamagedCacheFileIsIgnored() throws Exception {
        Path f = dir.resolve(LinkCache.FILE);
        java.nio.file.Files.write(f, new byte[] {1, 2, 3});
        assertThat(LinkCache.read(f)).isNull();
        assertThat(LinkCache.read(dir.resolve("missing"))).isNull();
    }
}
