package org.jigsaw.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jigsaw.link.Decision;
import org.jigsaw.link.ScoredPair;
import org.jigsaw.progress.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SnapshotPairsTest {
    @Test
    void everyCandidatePairIsCountedAndOnlyThePairsWorthReadingGetARow(@TempDir Path dir) throws Exception {
        List<ScoredPair> pairs = new ArrayList<>();
        for (int i = 0; i < 1000; i++) pairs.add(new ScoredPair("a:" + i, "b:" + i, -8.5 + (i % 3), 0.002, Decision.REJECTED));
        pairs.add(new ScoredPair("a:x", "b:x", 9.2, 0.998, Decision.REJECTED));   // split by a cannot-link constraint
        pairs.add(new ScoredPair("a:1", "c:1", 12.4, 0.9998, Decision.ACCEPTED));
        pairs.add(new ScoredPair("a:2", "c:2", 1.5, 0.74, Decision.REVIEW));
        pairs.add(new ScoredPair("a:3", "c:3", Double.POSITIVE_INFINITY, 1.0, Decision.DETERMINISTIC));
        pairs.add(new ScoredPair("a:4", "c:4", -3.0, 0.11, Decision.CLERICAL_MATCH));

        try (Connection c = Duck.openWritable(dir.resolve("s.duckdb"))) {
            SnapshotWriter.PairRows rows = new SnapshotWriter(c, Progress.NONE).pairs(pairs, Map.of("a:1|c:1", "{\"why\":1}"));
            assertThat(rows.pairs()).isEqualTo(5);
            try (Statement s = c.createStatement()) {
                assertThat(strings(s, "SELECT left_key || ' ' || decision FROM pair ORDER BY 1"))
                        .containsExactly("a:1 ACCEPTED", "a:2 REVIEW", "a:3 DETERMINISTIC", "a:4 CLERICAL_MATCH", "a:x REJECTED");
                assertThat(strings(s, "SELECT explanation FROM pair WHERE left_key = 'a:1'")).containsExactly("{\"why\":1}");
                assertThat(strings(s, "SELECT CAST(sum(pairs) AS VARCHAR) FROM pair_weight")).containsExactly("1005");
                assertThat(strings(s, "SELECT weight_bin || ':' || pairs FROM pair_weight WHERE decision = 'REJECTED' ORDER BY weight_bin"))
                        .containsExactly("-9:334", "-8:333", "-7:333", "9:1");
                assertThat(strings(s, "SELECT coalesce(CAST(weight_bin AS VARCHAR), 'none') FROM pair_weight WHERE decision = 'DETERMINISTIC'"))
                        .containsExactly("none");
                assertThat(strings(s, "SELECT CAST(round(sum(probability_sum) / sum(pairs), 4) AS VARCHAR) FROM pair_weight WHERE decision = 'REJECTED'"))
                        .containsExactly(String.valueOf(Math.round((1000 * 0.002 + 0.998) / 1001 * 1e4) / 1e4));
                assertThat(rows.weightRows()).isEqualTo(Long.parseLong(strings(s, "SELECT CAST(count(*) AS VARCHAR) FROM pair_weight").get(0)));
            }
        }
    }

    private static List<String> strings(Statement s, String sql) throws Exception {
        List<String> out = new ArrayList<>();
        try (ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) out.add(rs.getString(1));
        }
        return out;
    }
}
