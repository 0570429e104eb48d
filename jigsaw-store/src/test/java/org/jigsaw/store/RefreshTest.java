package org.jigsaw.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jigsaw.area.Area;
import org.jigsaw.ingest.IngestResult;
import org.jigsaw.ingest.SourceReconciliation;
import org.jigsaw.ingest.IngestStage;
import org.jigsaw.progress.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RefreshTest {
    static final LocalDate REF = LocalDate.of(2026, 8, 31);
    static final int CHILDREN = 900;
    @TempDir
    Path dir;

    @Test
    void writesACheckedSnapshotAndMakesItCurrent() throws Exception {
        Area area = FakeArea.write(dir, REF);
        RefreshSummary s = new Refresh(FakeArea.ingest(CHILDREN, 1), FakeArea.linker()).run(area, Progress.NONE);

        Snapshots snapshots = Snapshots.of(dir);
        assertThat(snapshots.currentRunId()).contains(s.runId());
        // the pointer names the file, relative to snapshots/ (what the web reads)
        assertThat(Files.readString(dir.resolve("snapshots/CURRENT")).trim()).isEqualTo(s.runId() + ".duckdb");
        assertThat(s.records()).isEqualTo(CHILDREN + CHILDREN / 2);
        assertThat(s.quarantined()).isEqualTo(1);
        // children with an NHS number on the school row link to their health row; the rest stay apart
        long linkedChildren = java.util.stream.IntStream.range(0, CHILDREN).filter(i -> i % 2 == 0 && i % 5 != 0).count();
        assertThat(s.persons()).isEqualTo(s.records() - linkedChildren);
        assertThat(s.links()).isEqualTo(linkedChildren);
        assertThat(s.reviewPending()).isEqualTo(1);
        assertThat(s.cohorts().get("ehc_plan")).isEqualTo((CHILDREN + 8) / 9);
        assertThat(s.report()).contains("school: 901 rows read = 900 loaded + 1 quarantined").doesNotContain("999");

        try (SnapshotReader r = snapshots.openCurrent()) {
            assertThat(r.run().status()).isEqualTo("OK");
            assertThat(r.count("record")).isEqualTo(s.records());
            assertThat(r.count("person")).isEqualTo(s.persons());
            assertThat(r.count("fact")).isEqualTo(s.facts());
            assertThat(r.cohorts()).extracting(CohortCount::cohort).contains("vulnerable_ehcp_cpp_exploitation");
            assertThat(r.members("ehc_plan")).hasSize((CHILDREN + 8) / 9);
            JsonNode detail = new ObjectMapper().readTree(r.run().detail());
            assertThat(detail.at("/linkage/pairs_by_decision/DETERMINISTIC").asLong()).isEqualTo(linkedChildren);
            assertThat(detail.at("/linkage/model/candidate_pairs").asLong()).isEqualTo(linkedChildren + 1);
            assertThat(detail.at("/rows/record").asLong()).isEqualTo(s.records());
            try (Statement st = r.connection().createStatement();
                 ResultSet rs = st.executeQuery("SELECT p.sex, p.in_area, p.gp_icb, p.records FROM person p JOIN person_record pr "
                         + "ON pr.person_id = p.person_id WHERE pr.record_key = 'school:S6'")) {
                rs.next();
                assertThat(rs.getString(1)).isEqualTo("F"); // the health row's U does not outvote the school's F
                assertThat(rs.getBoolean(2)).isTrue(); // FK1 is an area district
                assertThat(rs.getString(3)).isEqualTo("QOX"); // registered with a GP outside the area's ICB
                assertThat(rs.getInt(4)).isEqualTo(2);
            }
            assertThatThrownBy(() -> r.connection().createStatement().execute("DELETE FROM person"))
                    .hasMessageContaining("read-only");
        }
    }

    @Test
    void carriesReviewDecisionsAndPersonIdsAndTrendsOverThreeRefreshes() throws Exception {
        Area area = FakeArea.write(dir, REF);
        RefreshSummary first = new Refresh(FakeArea.ingest(CHILDREN, 1), FakeArea.linker()).run(area, Progress.NONE);
        ReviewInbox inbox = new ReviewInbox(dir);
        inbox.append(FakeArea.decision("school:S1", "school:S3"));
        Files.writeString(inbox.file(), "{\"left_key\":\"torn", java.nio.file.StandardOpenOption.APPEND);
        assertThat(inbox.pending().skippedLines()).isEqualTo(1);

        area = FakeArea.write(dir, REF.plusMonths(4));
        RefreshSummary second = new Refresh(FakeArea.ingest(CHILDREN, 2), FakeArea.linker()).run(area, Progress.NONE);
        assertThat(second.linkMetrics().get("review_decisions_seen")).isEqualTo(1);
        assertThat(inbox.pending().decisions()).isEmpty();
        assertThat(dir.resolve("review/applied/" + second.runId() + ".jsonl")).exists();

        area = FakeArea.write(dir, REF.plusMonths(8));
        RefreshSummary third = new Refresh(FakeArea.ingest(CHILDREN, 3), FakeArea.linker()).run(area, Progress.NONE);
        assertThat(third.linkMetrics().get("review_decisions_seen")).isEqualTo(1); // carried by the snapshot

        Snapshots snapshots = Snapshots.of(dir);
        assertThat(snapshots.list()).extracting(SnapshotInfo::runId).containsExactly(first.runId(), second.runId(), third.runId());
        assertThat(personIds(snapshots.file(first.runId()))).isEqualTo(personIds(snapshots.file(third.runId())));

        Map<String, List<TrendPoint>> trends = new Trends(snapshots).all();
        try (SnapshotReader r = snapshots.openCurrent()) {
            for (KpiValue k : r.kpis()) {
                if (k.headline()) assertThat(trends.get(k.kpi())).as(k.kpi()).hasSize(3);
            }
        }
        List<TrendPoint> ehcp = new Trends(snapshots).kpi("ehc_plan_rate", "");
        assertThat(ehcp).extracting(TrendPoint::referenceDate).containsExactly(REF, REF.plusMonths(4), REF.plusMonths(8));
        assertThat(ehcp.get(0).value()).isLessThan(ehcp.get(1).value());
        assertThat(ehcp.get(1).value()).isLessThan(ehcp.get(2).value());
    }

    @Test
    void aSecondRefreshOfTheSameAreaWaitsItsTurn() throws Exception {
        Area area = FakeArea.write(dir, REF);
        IngestStage reentrant = (d, a, p) -> {
            // while this refresh holds the lock, another one must be refused, not clean up our partial file
            assertThatThrownBy(() -> new Refresh(FakeArea.ingest(10, 1), FakeArea.linker()).run(area, Progress.NONE))
                    .isInstanceOf(StoreException.class).hasMessageContaining("another refresh");
            return FakeArea.ingest(10, 1).ingest(d, a, p);
        };
        new Refresh(reentrant, FakeArea.linker()).run(area, Progress.NONE);
        assertThat(Snapshots.of(dir).list()).hasSize(1);
    }

    @Test
    void keepsOnlyTheNewestSnapshots() throws Exception {
        Area area = FakeArea.write(dir, REF);
        Refresh refresh = new Refresh(FakeArea.ingest(50, 1), FakeArea.linker(), 2, java.time.Clock.systemUTC());
        refresh.run(area, Progress.NONE);
        refresh.run(area, Progress.NONE);
        RefreshSummary last = refresh.run(area, Progress.NONE);
        assertThat(last.pruned()).hasSize(1);
        assertThat(Snapshots.of(dir).list()).hasSize(2).last().extracting(SnapshotInfo::current).isEqualTo(true);
    }

    @Test
    void aSnapshotFailingItsChecksNeverBecomesCurrent() throws Exception {
        Area area = FakeArea.write(dir, REF);
        RefreshSummary good = new Refresh(FakeArea.ingest(100, 1), FakeArea.linker()).run(area, Progress.NONE);
        IngestStage losesRows = (d, a, p) -> {
            IngestResult r = FakeArea.ingest(100, 1).ingest(d, a, p);
            SourceReconciliation s = r.reconciliation().get(0);
            List<SourceReconciliation> wrong = List.of(new SourceReconciliation(s.source(), s.dataset(), s.agency(), s.files(),
                    s.extractDate(), s.rowsRead() + 5, s.rowsLoaded(), s.rowsQuarantined()), r.reconciliation().get(1));
            return new IngestResult(r.records(), r.facts(), r.quarantine(), wrong, r.findings());
        };
        assertThatThrownBy(() -> new Refresh(losesRows, FakeArea.linker()).run(area, Progress.NONE))
                .isInstanceOf(StoreException.class).hasMessageContaining("do not reconcile");
        Snapshots snapshots = Snapshots.of(dir);
        assertThat(snapshots.currentRunId()).contains(good.runId());
        assertThat(snapshots.list()).hasSize(1);
        try (var files = Files.list(snapshots.dir())) {
            assertThat(files.map(f -> f.getFileName().toString())).noneMatch(n -> n.contains("partial"));
        }
    }

    @Test
    void exportsTablesAsParquetAndCsv() throws Exception {
        Area area = FakeArea.write(dir, REF);
        new Refresh(FakeArea.ingest(100, 1), FakeArea.linker()).run(area, Progress.NONE);
        Path parquet = dir.resolve("out/person.parquet");
        Path csv = dir.resolve("out/kpi.csv");
        try (SnapshotReader r = Snapshots.of(dir).openCurrent()) {
            long persons = r.export("person", ExportFormat.PARQUET, parquet);
            assertThat(persons).isEqualTo(r.count("person"));
            assertThat(r.export("kpi_value", ExportFormat.CSV, csv)).isEqualTo(r.count("kpi_value"));
            assertThatThrownBy(() -> r.export("person; DROP TABLE x", ExportFormat.CSV, csv)).hasMessageContaining("no table");
        }
        try (Connection c = Duck.openInMemory(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM read_parquet('" + parquet + "')")) {
            rs.next();
            assertThat(rs.getLong(1)).isPositive();
        }
        assertThat(Files.readAllLines(csv).get(0)).isEqualTo("kpi,breakdown,value,numerator,denominator,unit");
        assertThat(Exporter.neutralise("=HYPERLINK(\"x\")")).isEqualTo("'=HYPERLINK(\"x\")");
        assertThat(Exporter.neutralise("@SUM(A1)")).startsWith("'");
        assertThat(Exporter.neutralise("Smith")).isEqualTo("Smith");
    }

    private static Map<String, String> personIds(Path snapshot) throws Exception {
        Map<String, String> m = new HashMap<>();
        try (SnapshotReader r = SnapshotReader.open(snapshot); Statement s = r.connection().createStatement();
             ResultSet rs = s.executeQuery("SELECT record_key, person_id FROM person_record")) {
            while (rs.next()) m.put(rs.getString(1), rs.getString(2));
        }
        return m;
    }
}
