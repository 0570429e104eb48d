package org.jigsaw.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import org.jigsaw.area.Area;
import org.jigsaw.govern.DemoGovernance;
import org.jigsaw.ingest.SourceReconciliation;
import org.jigsaw.progress.Progress;
import org.jigsaw.store.Refresh;
import org.jigsaw.store.RefreshSummary;
import org.jigsaw.store.SnapshotReader;
import org.jigsaw.store.Snapshots;
import org.jigsaw.synth.SynthOptions;
import org.jigsaw.synth.Synthesizer;

/** A synthetic area run through the real pipeline (the stages the CLI runs), for acceptance tests. */
final class AcceptanceArea {
    private AcceptanceArea() {
    }

    /**
     * Writes (or re-writes, a number of terms later) the synthetic area's extracts into {@code dir},
     * with the demo data-sharing agreements that let the governed ingest admit its sources.
     */
    static void synth(Path dir, int children, long seed, int termsLater) throws IOException {
        Synthesizer.generate(new SynthOptions(children, seed, termsLater), dir, Progress.NONE);
        DemoGovernance.write(dir, null);
    }

    /** One refresh with the CLI's stages; asserts every source reconciles in the summary. */
    static RefreshSummary refresh(Path dir) throws IOException {
        RefreshSummary summary = new Refresh(Stages.ingest(), Stages.link()).run(Area.open(dir), Progress.NONE);
        assertReconciles(summary);
        return summary;
    }

    /** rows read = rows loaded + rows quarantined, for every source, and at least one source. */
    static void assertReconciles(RefreshSummary summary) {
        assertThat(summary.sources()).isNotEmpty();
        for (SourceReconciliation s : summary.sources()) {
            assertThat(s.rowsRead()).as("%s: rows read = loaded + quarantined", s.source())
                    .isEqualTo(s.rowsLoaded() + s.rowsQuarantined());
            assertThat(s.reconciles()).as(s.line()).isTrue();
        }
    }

    /** The same reconciliation, as the snapshot stores it in {@code source_run}. */
    static void assertSnapshotReconciles(SnapshotReader r) throws SQLException {
        try (Statement s = r.connection().createStatement();
             ResultSet rs = s.executeQuery("SELECT count(*), count(*) FILTER (WHERE rows_read <> rows_loaded + rows_quarantined) FROM source_run")) {
            rs.next();
            assertThat(rs.getLong(1)).as("sources in the snapshot").isPositive();
            assertThat(rs.getLong(2)).as("sources that do not reconcile").isZero();
        }
    }

    /**
     * The ground truth of the persons at least one extract mentions ({@code truth/} minus residents
     * no agency has a record of): a person no record describes is in no snapshot, however well the
     * records are linked, so that gap is coverage, not linkage error.
     */
    static Path observedTruth(Path area, Path out) throws IOException, SQLException {
        java.nio.file.Files.createDirectories(out);
        Path truth = area.resolve("truth");
        try (Connection c = java.sql.DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE seen AS SELECT DISTINCT person_id FROM " + csv(truth.resolve("records.csv")));
            for (String f : new String[] {"persons.csv", "facts.csv"}) {
                s.execute("COPY (SELECT t.* FROM " + csv(truth.resolve(f)) + " t SEMI JOIN seen USING (person_id)) TO '"
                        + out.resolve(f).toAbsolutePath() + "' (HEADER, DELIMITER ',')");
            }
        }
        return out;
    }

    private static String csv(Path f) {
        return "read_csv('" + f.toAbsolutePath() + "', header = true, all_varchar = true)";
    }

    static long count(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Record key → person ID in the area's current snapshot. */
    static Map<String, String> personOfRecord(Path area) throws Exception {
        Map<String, String> out = new HashMap<>();
        try (SnapshotReader r = Snapshots.of(area).openCurrent(); Connection c = r.newConnection();
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT record_key, person_id FROM person_record")) {
            while (rs.next()) out.put(rs.getString(1), rs.getString(2));
        }
        return out;
    }
}
