package org.jigsaw.spark;

import static org.apache.spark.sql.functions.col;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.jigsaw.link.Decision;
import org.jigsaw.link.LinkResult;
import org.jigsaw.link.PersonAssignment;
import org.jigsaw.link.ScoredPair;
import org.jigsaw.link.model.FellegiSunter;
import org.jigsaw.link.spec.LinkSpec;

/**
 * What a Spark linkage run produced, kept distributed until written as Parquet or, for an area
 * that fits in memory, collected into the stage contract. {@code scored}: every candidate pair by
 * input rows ({@code a_row, b_row, pattern, match_weight, match_probability, decision} and the
 * agreed values' frequencies {@code tff0…}); {@code keys}: {@code row, key} of every record;
 * {@code persons}: {@code record_key, person_id} for every record.
 */
public record SparkLinkage(LinkSpec spec, FellegiSunter model, Dataset<Row> scored, Dataset<Row> keys, Dataset<Row> persons,
                           Map<String, Double> seconds, Map<String, Object> metrics) {

    /** Every candidate pair: {@code left_key, right_key, match_weight, match_probability, decision, pattern}. */
    public Dataset<Row> pairs() {
        return keyed(scored);
    }

    /** The pairs that link or await review: what persons are made of and what a reviewer sees. */
    public Dataset<Row> decidedPairs() {
        return keyed(scored.where(col("decision").notEqual(Decision.REJECTED.name())));
    }

    private Dataset<Row> keyed(Dataset<Row> rows) {
        return SparkLinker.withKeys(rows, keys).select(col("a_key").as("left_key"), col("b_key").as("right_key"),
                col("match_weight"), col("match_probability"), col("decision"), col("pattern"));
    }

    /**
     * {@code left_key, right_key, explanation}: the waterfall (JSON, as the local engine's
     * {@code Explanation.toJson}) of every pair that links or awaits review — prior, each
     * comparison's level with its m, u and weight, and the term-frequency adjustment.
     */
    public Dataset<Row> explanations() {
        Dataset<Row> shown = scored.where(col("decision").notEqual(Decision.REJECTED.name())
                .and(col("decision").notEqual(Decision.CLERICAL_NON_MATCH.name())));
        List<Row> distinct = shown.select("pattern").distinct().collectAsList();
        long[] patterns = new long[distinct.size()];
        for (int i = 0; i < patterns.length; i++) patterns[i] = distinct.get(i).getLong(0);
        ExplanationTerms terms = ExplanationTerms.of(model, patterns, new SpecRuntime(spec).termFrequencyComparisons());
        return terms.explain(SparkLinker.withKeys(shown, keys));
    }

    /** Writes every candidate pair; see {@link #writeTo(String, boolean)}. */
    public void writeTo(String outDir) throws IOException {
        writeTo(outDir, true);
    }

    /**
     * Writes {@code pairs/} (every candidate pair, or with {@code allPairs} false only those that link
     * or await review — at national scale the rejected pairs are most of the output and say
     * nothing), {@code explanations/}, {@code persons/} as Parquet, and {@code model.json},
     * {@code run.json}.
     */
    public void writeTo(String outDir, boolean allPairs) throws IOException {
        (allPairs ? pairs() : decidedPairs()).write().mode(SaveMode.Overwrite).parquet(outDir + "/pairs");
        explanations().write().mode(SaveMode.Overwrite).parquet(outDir + "/explanations");
        persons.write().mode(SaveMode.Overwrite).parquet(outDir + "/persons");
        if (!outDir.contains("://")) {
            Path dir = Path.of(outDir);
            Files.createDirectories(dir);
            ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
            json.writeValue(dir.resolve("model.json").toFile(), modelSummary());
            Map<String, Object> run = new LinkedHashMap<>();
            run.put("seconds", seconds);
            run.put("metrics", metrics);
            json.writeValue(dir.resolve("run.json").toFile(), run);
        }
    }

    /** m, u and weight per comparison level, and the prior: what an analyst checks first. */
    public Map<String, Object> modelSummary() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("prior", model.prior());
        List<Map<String, Object>> comps = new ArrayList<>();
        for (int k = 0; k < model.space().size(); k++) {
            var c = model.space().comparisons().get(k);
            List<Map<String, Object>> levels = new ArrayList<>();
            for (int l = 1; l < model.space().levelCount(k); l++) {
                Map<String, Object> lv = new LinkedHashMap<>();
                lv.put("level", c.levelLabel(l));
                lv.put("m", model.m()[k][l]);
                lv.put("u", model.u()[k][l]);
                lv.put("weight", model.levelWeight(k, l));
                levels.add(lv);
            }
            comps.add(Map.of("comparison", c.name(), "levels", levels));
        }
        out.put("comparisons", comps);
        return out;
    }

    /** Collects everything into the stage contract; only for runs whose output fits on the driver. */
    public LinkResult toLinkResult() {
        List<ScoredPair> ps = new ArrayList<>();
        for (Row r : pairs().collectAsList()) {
            ps.add(new ScoredPair(r.getString(0), r.getString(1), r.getDouble(2), r.getDouble(3), Decision.valueOf(r.getString(4))));
        }
        List<PersonAssignment> as = new ArrayList<>();
        for (Row r : persons.orderBy("record_key").collectAsList()) as.add(new PersonAssignment(r.getString(0), r.getString(1)));
        Map<String, Object> m = new LinkedHashMap<>(metrics);
        m.put("engine", "spark");
        m.put("seconds", seconds);
        Map<String, String> explained = new LinkedHashMap<>();
        for (Row r : explanations().collectAsList()) explained.put(r.getString(0) + "|" + r.getString(1), r.getString(2));
        return new LinkResult(ps, explained, as, m);
    }
}
