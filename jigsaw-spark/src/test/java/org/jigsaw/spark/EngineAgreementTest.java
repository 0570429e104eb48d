package org.jigsaw.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.jigsaw.link.Decision;
import org.jigsaw.link.Linkage;
import org.jigsaw.link.Linker;
import org.jigsaw.link.ReviewDecision;
import org.jigsaw.link.block.LongList;
import org.jigsaw.link.data.RecordTable;
import org.jigsaw.link.io.CsvInput;
import org.jigsaw.link.io.MatchJob;
import org.jigsaw.link.spec.CannotLinkSpec;
import org.jigsaw.link.spec.ClusteringSpec;
import org.jigsaw.link.spec.LinkSpec;
import org.jigsaw.link.spec.LinkType;
import org.jigsaw.progress.Progress;
import org.jigsaw.spark.bench.SyntheticRecords;
import org.junit.jupiter.api.Test;

/**
 * The acceptance test of the Spark engine: on the same records and the same spec, Spark
 * ({@code local[2]}) and the local engine agree on the pairs they link and on the persons they
 * form, on FEBRL4 and on a synthetic children's data set with clerical decisions and previous IDs.
 */
class EngineAgreementTest {

    private static final Path FEBRL = Path.of("../../shared/data/febrl");

    @Test
    void febrl4LinksAndPersonsAgreeWithTheLocalEngine() throws Exception {
        Path a = FEBRL.resolve("dataset4a.csv"), b = FEBRL.resolve("dataset4b.csv");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isRegularFile(a), "FEBRL data not present at " + FEBRL.toAbsolutePath());
        Map<String, String> map = new LinkedHashMap<>();
        map.put("given_name", "given_name");
        map.put("family_name", "surname");
        map.put("house_number", "street_number");
        map.put("address", "address_1");
        map.put("locality", "suburb");
        map.put("postcode", "postcode");
        map.put("dob", "date_of_birth");
        RecordTable table = CsvInput.read(List.of(new CsvInput.Source(a, "left", "rec_id", map),
                new CsvInput.Source(b, "right", "rec_id", map)));
        // as `jigsaw match A B --one-to-one`: link only, one record per file per person
        LinkSpec spec = MatchJob.specFor(LinkSpec.defaultSpec(), table).withLinkType(LinkType.LINK_ONLY);
        List<CannotLinkSpec> cl = new ArrayList<>(spec.clustering().cannotLink().stream().filter(c -> !"twins".equals(c.kind())).toList());
        cl.add(CannotLinkSpec.onePerSource());
        spec = spec.withClustering(new ClusteringSpec(spec.clustering().maxClusterSize(), cl));

        Agreement ag = compare(table, spec, List.of(), Map.of());

        assertThat(ag.localLinks).hasSizeGreaterThan(4000);
        assertThat(ag.linkAgreement()).as(ag.differences()).isGreaterThanOrEqualTo(0.999);
        assertThat(ag.clusterAgreement()).isGreaterThanOrEqualTo(0.999);
        assertThat(ag.personIdAgreement()).isGreaterThanOrEqualTo(0.999);
        assertThat(ag.localExplanations).hasSizeGreaterThan(1000);
        assertThat(ag.explanationAgreement()).isGreaterThanOrEqualTo(0.999);
        assertThat(ag.candidatesLocal).isEqualTo(ag.candidatesSpark);
    }

    @Test
    void syntheticChildrenWithReviewsAndPreviousIdsAgree() {
        SparkSession spark = LocalSpark.session();
        List<Row> rows = Standardise.frame(SyntheticRecords.generate(spark, 3000, 7, 2)).orderBy("key").collectAsList();
        List<String> keys = new ArrayList<>();
        List<String> sources = new ArrayList<>();
        List<Map<String, String>> values = new ArrayList<>();
        String[] cols = rows.get(0).schema().fieldNames();
        for (Row r : rows) {
            keys.add(r.getString(0));
            sources.add(r.getString(1));
            Map<String, String> v = new HashMap<>();
            for (int c = 2; c < cols.length; c++) {
                if (!cols[c].equals("truth_person") && r.getString(c) != null) v.put(cols[c], r.getString(c));
            }
            values.add(v);
        }
        RecordTable table = RecordTable.fromRows(keys, sources, values);
        LinkSpec spec = LinkSpec.defaultSpec();

        // a first local run gives previous IDs; reviewers then split one link and confirm the likeliest rejected pair
        Linkage first = new Linker(spec).link(table, List.of(), Map.of(), Progress.NONE);
        Map<String, String> previous = new HashMap<>();
        for (int i = 0; i < table.size(); i++) if (i % 3 != 0) previous.put(table.key(i), first.personId(i));
        int toSplit = -1, confirm = -1;
        for (int p = 0; p < first.pairCount(); p++) {
            if (toSplit < 0 && first.decision(p) == Decision.ACCEPTED) toSplit = p;
            if (first.decision(p) == Decision.REJECTED && (confirm < 0 || first.probability(p) > first.probability(confirm))) confirm = p;
        }
        List<ReviewDecision> reviews = new ArrayList<>();
        for (int p : new int[] {toSplit, confirm}) {
            if (p < 0) continue;
            reviews.add(new ReviewDecision(table.key(first.left(p)), table.key(first.right(p)),
                    p == toSplit ? Decision.CLERICAL_NON_MATCH : Decision.CLERICAL_MATCH, "tester", java.time.Instant.EPOCH));
        }
        assertThat(reviews).hasSize(2);
        // and link two records no blocking rule pairs (found by a reviewer some other way): both engines compare them too
        for (int i = 0; reviews.size() < 3; i++) {
            int a = i, b = table.size() - 1 - i;
            if (first.describe(LongList.pair(Math.min(a, b), Math.max(a, b))).startsWith("not a candidate")) {
                reviews.add(new ReviewDecision(table.key(a), table.key(b), Decision.CLERICAL_MATCH, "tester", java.time.Instant.EPOCH));
            }
        }

        Agreement ag = compare(table, spec, reviews, previous);

        assertThat(ag.localLinks).hasSizeGreaterThan(1000);
        assertThat(ag.linkAgreement()).isGreaterThanOrEqualTo(0.999);
        assertThat(ag.clusterAgreement()).isGreaterThanOrEqualTo(0.999);
        assertThat(ag.personIdAgreement()).isGreaterThanOrEqualTo(0.999);
        assertThat(ag.localExplanations).hasSizeGreaterThan(1000);
        assertThat(ag.explanationAgreement()).isGreaterThanOrEqualTo(0.999);
        String split = pairKey(reviews.get(0).leftKey(), reviews.get(0).rightKey());
        assertThat(ag.sparkLinks).doesNotContain(split);
        assertThat(ag.sparkDecisions.get(split)).isEqualTo(Decision.CLERICAL_NON_MATCH.name());
        assertThat(ag.sparkDecisions.get(pairKey(reviews.get(1).leftKey(), reviews.get(1).rightKey())))
                .isEqualTo(Decision.CLERICAL_MATCH.name());
        assertThat(ag.sparkDecisions.get(pairKey(reviews.get(2).leftKey(), reviews.get(2).rightKey())))
                .isEqualTo(Decision.CLERICAL_MATCH.name());
        assertThat(ag.candidatesSpark).isEqualTo(ag.candidatesLocal);
    }

    /** Both engines on one table; sets of linked pairs, co-clustered pairs and person IDs. */
    static Agreement compare(RecordTable table, LinkSpec spec, List<ReviewDecision> reviews, Map<String, String> previous) {
        Linkage local = new Linker(spec).link(table, reviews, previous, Progress.NONE);
        SparkSession spark = LocalSpark.session();
        SparkLinkage run = new SparkLinker(spark, spec, SparkLinker.Options.defaults()).link(TableFrames.of(spark, table),
                SparkLinkStage.reviews(spark, reviews), SparkLinkStage.previous(spark, previous), Progress.NONE);

        System.out.println("[agreement] local seconds " + local.seconds() + "; spark seconds " + run.seconds());
        Agreement ag = new Agreement();
        ag.candidatesLocal = local.pairCount();
        for (int p = 0; p < local.pairCount(); p++) {
            String k = pairKey(table.key(local.left(p)), table.key(local.right(p)));
            ag.localDetail.put(k, local.decision(p) + "@" + local.weight(p));
            if (local.decision(p).links()) ag.localLinks.add(k);
        }
        for (long packed : local.clusterPairs()) {
            ag.localClusterPairs.add(pairKey(table.key(LongList.left(packed)), table.key(LongList.right(packed))));
        }
        for (int i = 0; i < table.size(); i++) ag.localIds.put(table.key(i), local.personId(i));
        ag.localExplanations = local.toLinkResult().explanations();
        for (Row r : run.explanations().collectAsList()) ag.sparkExplanations.put(r.getString(0) + "|" + r.getString(1), r.getString(2));

        List<Row> pairs = run.pairs().select("left_key", "right_key", "decision", "match_weight").collectAsList();
        ag.candidatesSpark = pairs.size();
        for (Row r : pairs) {
            String k = pairKey(r.getString(0), r.getString(1));
            ag.sparkDecisions.put(k, r.getString(2));
            ag.sparkDetail.put(k, r.getString(2) + "@" + r.getDouble(3));
            if (Decision.valueOf(r.getString(2)).links()) ag.sparkLinks.add(k);
        }
        Map<String, List<String>> byPerson = new HashMap<>();
        for (Row r : run.persons().collectAsList()) {
            ag.sparkIds.put(r.getString(0), r.getString(1));
            byPerson.computeIfAbsent(r.getString(1), x -> new ArrayList<>()).add(r.getString(0));
        }
        for (List<String> members : byPerson.values()) {
            for (int i = 0; i < members.size(); i++) {
                for (int j = i + 1; j < members.size(); j++) ag.sparkClusterPairs.add(pairKey(members.get(i), members.get(j)));
            }
        }
        System.out.printf("[agreement] candidates local %d spark %d; links local %d spark %d, agreement %.5f; "
                + "co-clustered pairs agreement %.5f; person IDs %.5f; explanations %d / %d, identical %.5f%n", ag.candidatesLocal,
                ag.candidatesSpark, ag.localLinks.size(), ag.sparkLinks.size(), ag.linkAgreement(), ag.clusterAgreement(),
                ag.personIdAgreement(), ag.localExplanations.size(), ag.sparkExplanations.size(), ag.explanationAgreement());
        return ag;
    }

    static String pairKey(String a, String b) {
        return a.compareTo(b) < 0 ? a + "|" + b : b + "|" + a;
    }

    static final class Agreement {
        long candidatesLocal;
        long candidatesSpark;
        final Set<String> localLinks = new HashSet<>();
        final Set<String> sparkLinks = new HashSet<>();
        final Set<String> localClusterPairs = new HashSet<>();
        final Set<String> sparkClusterPairs = new HashSet<>();
        final Map<String, String> localIds = new HashMap<>();
        final Map<String, String> sparkIds = new HashMap<>();
        final Map<String, String> sparkDecisions = new HashMap<>();

        /** Explanations (JSON) of linked and review pairs, keyed "left|right" as the stage contract keys them. */
        Map<String, String> localExplanations = Map.of();
        final Map<String, String> sparkExplanations = new HashMap<>();

        final Map<String, String> localDetail = new HashMap<>();
        final Map<String, String> sparkDetail = new HashMap<>();

        /** The pairs linked by one engine only, with both engines' weight and decision: what explains a difference. */
        String differences() {
            StringBuilder b = new StringBuilder("pairs linked by one engine only:\n");
            Set<String> diff = new HashSet<>(localLinks);
            diff.addAll(sparkLinks);
            Set<String> both = new HashSet<>(localLinks);
            both.retainAll(sparkLinks);
            diff.removeAll(both);
            diff.stream().sorted().limit(30).forEach(k -> b.append(k).append(" local=").append(localDetail.get(k))
                    .append(" spark=").append(sparkDetail.get(k)).append('\n'));
            return b.toString();
        }

        /** Share of explained pairs whose waterfall is identical in both engines (same pairs, same terms, same JSON). */
        double explanationAgreement() {
            Set<String> all = new HashSet<>(localExplanations.keySet());
            all.addAll(sparkExplanations.keySet());
            long same = all.stream().filter(k -> java.util.Objects.equals(localExplanations.get(k), sparkExplanations.get(k))).count();
            return all.isEmpty() ? 1 : (double) same / all.size();
        }

        double linkAgreement() {
            return jaccard(localLinks, sparkLinks);
        }

        double clusterAgreement() {
            return jaccard(localClusterPairs, sparkClusterPairs);
        }

        double personIdAgreement() {
            long same = localIds.entrySet().stream().filter(e -> e.getValue().equals(sparkIds.get(e.getKey()))).count();
            return (double) same / Math.max(1, localIds.size());
        }

        static double jaccard(Set<String> x, Set<String> y) {
            Set<String> union = new HashSet<>(x);
            union.addAll(y);
            if (union.isEmpty()) return 1;
            Set<String> both = new HashSet<>(x);
            both.retainAll(y);
            return (double) both.size() / union.size();
        }
    }
}
