package org.jigsaw.cli.spark;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jigsaw.link.Decision;
import org.jigsaw.link.LinkResult;
import org.jigsaw.link.PersonAssignment;
import org.jigsaw.link.ScoredPair;
import org.jigsaw.link.eval.ModelEstimate;

/**
 * Reads what the Spark job wrote into its output folder back into the stage contract:
 * {@code pairs/} ({@code left_key, right_key, match_weight, match_probability, decision, pattern}),
 * {@code persons/} ({@code record_key, person_id}), {@code explanations/} when the job wrote them
 * ({@code left_key, right_key, explanation} JSON, keyed {@code left|right} as the local engine
 * keys them) and {@code run.json} (seconds per stage, metrics). Parquet is read with DuckDB.
 */
public final class SparkOutputs {

    private SparkOutputs() {
    }

    public static LinkResult read(Path out, String master) throws IOException, SQLException {
        List<ScoredPair> pairs = new ArrayList<>();
        List<PersonAssignment> persons = new ArrayList<>();
        Map<String, String> explanations = new LinkedHashMap<>();
        if (!hasParquet(out.resolve("persons"))) {
            throw new IOException("the Spark job wrote no persons/ in its output folder: it did not finish");
        }
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
            // no candidate pair at all is possible (tiny inputs): then there may be no part file either
            if (hasParquet(out.resolve("pairs"))) {
                try (ResultSet rs = s.executeQuery("SELECT left_key, right_key, match_weight, match_probability, decision FROM "
                        + parquet(out.resolve("pairs")) + " ORDER BY left_key, right_key")) {
                    while (rs.next()) {
                        pairs.add(new ScoredPair(rs.getString(1), rs.getString(2), rs.getDouble(3), rs.getDouble(4),
                                Decision.valueOf(rs.getString(5))));
                    }
                }
            }
            try (ResultSet rs = s.executeQuery("SELECT record_key, person_id FROM " + parquet(out.resolve("persons")) + " ORDER BY record_key")) {
                while (rs.next()) persons.add(new PersonAssignment(rs.getString(1), rs.getString(2)));
            }
            Path ex = out.resolve("explanations");
            if (hasParquet(ex)) {
                try (ResultSet rs = s.executeQuery("SELECT left_key, right_key, explanation FROM " + parquet(ex))) {
                    while (rs.next()) explanations.put(rs.getString(1) + "|" + rs.getString(2), rs.getString(3));
                }
            }
        }
        return new LinkResult(pairs, explanations, persons, metrics(out, master, pairs, persons));
    }

    /**
     * What {@code run.json} says (the engine's own metrics and seconds per stage), plus the figures
     * the local engine reports on every run: decision counts, persons and the model-estimated
     * precision and recall.
     */
    static Map<String, Object> metrics(Path out, String master, List<ScoredPair> pairs, List<PersonAssignment> persons) throws IOException {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("engine", "spark");
        m.put("master", master);
        Path run = out.resolve("run.json");
        if (Files.isRegularFile(run)) {
            Map<String, Object> json = new ObjectMapper().readValue(run.toFile(), new TypeReference<Map<String, Object>>() { });
            if (json.get("metrics") instanceof Map<?, ?> jm) jm.forEach((k, v) -> m.put(String.valueOf(k), v));
            if (json.containsKey("seconds")) m.put("seconds", json.get("seconds"));
        }
        long[] byDecision = new long[Decision.values().length];
        ModelEstimate estimate = new ModelEstimate();
        for (ScoredPair p : pairs) {
            byDecision[p.decision().ordinal()]++;
            estimate.add(p.decision(), p.matchProbability());
        }
        for (Decision d : Decision.values()) m.put(d.name().toLowerCase(Locale.ROOT), byDecision[d.ordinal()]);
        m.put("candidate_pairs", (long) pairs.size());
        m.put("persons", persons.stream().map(PersonAssignment::personId).distinct().count());
        // as the local engine's Quality estimates them: the model's own view, blind to blocking
        Map<String, Object> quality = new LinkedHashMap<>();
        quality.put("estimated_precision", estimate.precision());
        quality.put("estimated_recall", estimate.recall());
        quality.put("review_queue", estimate.reviewQueue());
        m.put("quality", quality);
        return m;
    }

    private static boolean hasParquet(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) return false;
        try (var files = Files.list(dir)) {
            return files.anyMatch(f -> f.getFileName().toString().endsWith(".parquet"));
        }
    }

    private static String parquet(Path dir) {
        return "read_parquet(" + SparkInputs.literal(dir.resolve("*.parquet")) + ")";
    }
}
