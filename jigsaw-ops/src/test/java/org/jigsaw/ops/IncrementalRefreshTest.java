package org.jigsaw.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jigsaw.area.Area;
import org.jigsaw.area.FileTrees;
import org.jigsaw.ingest.AreaIngest;
import org.jigsaw.link.compare.LevelKinds;
import org.jigsaw.link.incremental.IncrementalLinkStage;
import org.jigsaw.ops.bench.TermArea;
import org.jigsaw.progress.Progress;
import org.jigsaw.store.Duck;
import org.jigsaw.store.Refresh;
import org.jigsaw.store.RefreshSummary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IncrementalRefreshTest {

    @TempDir
    Path tmp;

    @Test
    void aTermLaterTheIncrementalRefreshHasTheSamePersonsAndCohortsAsAFullOne() throws Exception {
        Path a = tmp.resolve("incremental");
        TermArea.writeDefinitions(a, LocalDate.of(2026, 3, 31));
        TermArea.writeExtracts(a, 1200, 0, 5);
        refresh(a, true);                                   // first run: nothing to reuse, writes the cache

        // the next term's extracts arrive; the same area is refreshed two ways
        Path b = tmp.resolve("full");
        FileTrees.copy(a, b);
        for (Path area : List.of(a, b)) {
            TermArea.writeDefinitions(area, LocalDate.of(2026, 7, 31));
            TermArea.writeExtracts(area, 1200, 1, 5);
        }
        IncrementalLinkStage incremental = new IncrementalLinkStage(LevelKinds.defaults(), true);
        IncrementalLinkStage full = new IncrementalLinkStage(LevelKinds.defaults(), false);
        RefreshSummary inc = new Refresh(new AreaIngest(), incremental, 12, Clock.systemUTC()).run(Area.open(a), Progress.NONE);
        RefreshSummary ful = new Refresh(new AreaIngest(), full, 12, Clock.systemUTC()).run(Area.open(b), Progress.NONE);

        Map<String, Object> m = incremental.lastMetrics();
        assertThat(m).containsEntry("cache", "used").containsEntry("mode", "incremental");
        assertThat((Integer) m.get("records_new")).isPositive();
        assertThat((Integer) m.get("records_changed")).isPositive();
        assertThat((Integer) m.get("records_removed")).isPositive();
        assertThat((Long) m.get("pairs_reused")).isGreaterThan((Long) m.get("pairs_compared"));
        assertThat(full.lastMetrics()).containsEntry("pairs_reused", 0L);

        String persons = "SELECT record_key || '>' || person_id FROM person_record ORDER BY 1";
        assertThat(rows(inc.snapshot(), persons)).isEqualTo(rows(ful.snapshot(), persons)).isNotEmpty();
        String pairs = "SELECT left_key || '|' || right_key || '|' || decision || '|' || match_weight FROM pair ORDER BY 1";
        assertThat(rows(inc.snapshot(), pairs)).isEqualTo(rows(ful.snapshot(), pairs));
        String cohorts = "SELECT cohort || ':' || person_id FROM cohort_member ORDER BY 1";
        assertThat(rows(inc.snapshot(), cohorts)).isEqualTo(rows(ful.snapshot(), cohorts)).isNotEmpty();
        String kpis = "SELECT kpi || '|' || breakdown || '|' || coalesce(CAST(value AS VARCHAR), '-') FROM kpi_value ORDER BY 1";
        assertThat(rows(inc.snapshot(), kpis)).isEqualTo(rows(ful.snapshot(), kpis));
        assertThat(inc.persons()).isEqualTo(ful.persons());
    }

    private static RefreshSummary refresh(Path area, boolean reuse) throws Exception {
        return new Refresh(new AreaIngest(), new IncrementalLinkStage(LevelKinds.defaults(), reuse), 12, Clock.systemUTC())
                .run(Area.open(area), Progress.NONE);
    }

    private static List<String> rows(Path snapshot, String sql) throws Exception {
        List<String> out = new ArrayList<>();
        try (Connection c = Duck.openReadOnly(snapshot); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

}
