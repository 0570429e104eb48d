package org.jigsaw.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.jigsaw.area.Area;
import org.jigsaw.govern.GovernedIngest;
import org.jigsaw.ingest.AreaIngest;
import org.jigsaw.link.AreaLinker;
import org.jigsaw.progress.Progress;
import org.jigsaw.store.Refresh;
import org.jigsaw.store.RefreshSummary;
import org.jigsaw.store.SnapshotReader;
import org.jigsaw.store.Snapshots;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Once every agreement has ended, the next refresh publishes a snapshot with no one in it and
 * says why: the data stops being used from the end date, rather than the old snapshot serving on.
 */
class ExpiredAgreementRefreshTest {

    @Test
    void afterTheEndDateTheRefreshHoldsNoRecordsAndSaysWhy(@TempDir Path dir) throws Exception {
        AcceptanceArea.synth(dir, 1_000, 3, 0);   // demo agreements end 3 years after the reference date (2026-01-15)
        Clock afterEnd = Clock.fixed(Instant.parse("2029-06-01T09:00:00Z"), ZoneOffset.UTC);

        RefreshSummary summary = new Refresh(new GovernedIngest(new AreaIngest(), afterEnd), new AreaLinker())
                .run(Area.open(dir), Progress.NONE);

        assertThat(summary.records()).isZero();
        assertThat(summary.persons()).isZero();
        // and the run's report says so, source by source, with the agreement that ended
        assertThat(summary.notIngested()).isNotEmpty().allMatch(l -> l.contains("not ingested") && l.contains("ended on"));
        assertThat(summary.report()).contains("NOTHING WAS INGESTED").contains("ended on");
        try (SnapshotReader snapshot = Snapshots.of(dir).openCurrent();
             Connection c = snapshot.newConnection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT count(*) FROM quality_finding WHERE check_name = '"
                     + GovernedIngest.NOT_INGESTED + "' AND detail LIKE '%ended%'")) {
            rs.next();
            assertThat(rs.getLong(1)).as("every source refused, naming the ended agreement").isPositive();
        }
    }
}
