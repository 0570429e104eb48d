package org.jigsaw.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import org.jigsaw.store.SnapshotFixture;
import org.jigsaw.schedule.RefreshLog;
import org.jigsaw.schedule.RefreshOutcome;
import org.jigsaw.schedule.RefreshStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OpsStatusTest {

    static final LocalDate REF = LocalDate.of(2026, 11, 25);
    static final String RUN = "2026-11-26T06-00-00";

    @TempDir
    Path area;

    /** An area with one published snapshot: three sources, one stale; 5 records in 3 persons. */
    static void publishSnapshot(Path area) throws Exception {
        Path dir = Files.createDirectories(area.resolve("snapshots"));
        try (SnapshotFixture s = new SnapshotFixture(dir.resolve(RUN + ".duckdb"))) {
            s.run(RUN, REF);
            s.exec("UPDATE run SET finished_at = TIMESTAMP '2026-11-26 06:10:00'");
            s.sourceRun("census", "Education", LocalDate.of(2026, 10, 1), 3);
            s.sourceRun("csds", "NHS community health", LocalDate.of(2026, 11, 20), 1);
            s.sourceRun("cin", "Social care", LocalDate.of(2026, 6, 30), 1);
            s.person("P1", LocalDate.of(2015, 1, 1), "9990000018", "census");
            s.record("P1", "csds:1", "csds", "9990000018");
            s.record("P1", "cin:1", "cin", null);
            s.person("P2", LocalDate.of(2016, 1, 1), null, "census");
            s.person("P3", LocalDate.of(2017, 1, 1), null, "census");
        }
        Files.writeString(dir.resolve("CURRENT"), RUN + "\n");
    }

    @Test
    void downWithoutASnapshot() {
        OpsStatus s = reader(null).read();
        assertThat(s.health()).isEqualTo(Health.DOWN);
        assertThat(s.problems()).anyMatch(p -> p.contains("no snapshot"));
        assertThat(OpsMetrics.render(s, org.jigsaw.govern.Suppression.nhsEngland())).contains("jigsaw_up{area=\"Testshire\"} 0");
    }

    @Test
    void readsSnapshotAgeSourcesStalenessAndLinkage() throws Exception {
        publishSnapshot(area);
        RefreshLog.of(area).append(new RefreshOutcome(Instant.parse("2026-11-26T06:00:00Z"),
                Instant.parse("2026-11-26T06:10:00Z"), RefreshStatus.OK, "schedule", RUN, null));
        OpsStatus s = reader(Instant.parse("2026-11-27T06:00:00Z")).read();

        assertThat(s.snapshotRunId()).isEqualTo(RUN);
        assertThat(s.snapshotAgeSeconds()).isEqualTo(24 * 3600 - 600);
        assertThat(s.sources()).extracting(SourceStatus::source).containsExactly("census", "cin", "csds");
        assertThat(s.staleSources()).extracting(SourceStatus::source).containsExactly("census", "cin");
        assertThat(s.sources().get(0).extractAgeDays()).isEqualTo(55L);   // 1 Oct → 25 Nov
        assertThat(s.sources().get(0).stale()).isTrue();
        assertThat(s.linkage().records()).isEqualTo(5);
        assertThat(s.linkage().persons()).isEqualTo(3);
        assertThat(s.linkage().linkedRecords()).isEqualTo(3);
        assertThat(s.linkage().linkageRate()).isEqualTo(0.6);
        assertThat(s.health()).isEqualTo(Health.DEGRADED);
        assertThat(s.problems()).anyMatch(p -> p.contains("cin is stale"));
        assertThat(s.nextRefresh()).isEqualTo(Instant.parse("2026-11-28T06:00:00Z"));
    }

    @Test
    void aFailedRefreshAfterAGoodOneIsDegradedAndStillServes() throws Exception {
        publishSnapshot(area);
        RefreshLog log = RefreshLog.of(area);
        log.append(new RefreshOutcome(Instant.parse("2026-11-26T06:00:00Z"), Instant.parse("2026-11-26T06:10:00Z"),
                RefreshStatus.OK, "schedule", RUN, null));
        log.append(new RefreshOutcome(Instant.parse("2026-11-27T06:00:00Z"), Instant.parse("2026-11-27T06:01:00Z"),
                RefreshStatus.FAILED, "schedule", null, "source census: file missing"));
        OpsStatus s = reader(Instant.parse("2026-11-27T07:00:00Z")).read();
        assertThat(s.health()).isEqualTo(Health.DEGRADED);
        assertThat(s.lastRefresh().ok()).isFalse();
        assertThat(s.lastSuccessful().snapshot()).isEqualTo(RUN);
        assertThat(s.refreshFailures()).isEqualTo(1);
        assertThat(s.problems()).anyMatch(p -> p.contains("file missing") && p.contains("still serving snapshot " + RUN));

        String metrics = OpsMetrics.render(s, org.jigsaw.govern.Suppression.nhsEngland());
        assertThat(metrics)
                .contains("# TYPE jigsaw_snapshot_age_seconds gauge")
                .contains("jigsaw_last_refresh_success{area=\"Testshire\"} 0")
                .contains("jigsaw_refresh_failures_total{area=\"Testshire\"} 1")
                .contains("jigsaw_source_stale{area=\"Testshire\",source=\"cin\"} 1")
                // the endpoint needs no session: 3 rows and 5 records are counts the NHS rule hides, so they have no sample
                .doesNotContain("stage=\"loaded\"} 3").doesNotContain("jigsaw_records{").doesNotContain("jigsaw_linkage_rate{")
                .contains("jigsaw_health{area=\"Testshire\",state=\"DEGRADED\"} 1");
        // released, not exact: under a rule that hides nothing, 3 rows round to 4 and the rate comes from the released counts
        assertThat(OpsMetrics.render(s, org.jigsaw.govern.Suppression.threshold(1, 2)))
                .contains("jigsaw_source_rows{area=\"Testshire\",source=\"census\",stage=\"loaded\"} 4")
                .containsPattern("jigsaw_linkage_rate\\{area=\"Testshire\"} 0\\.[0-9]+");
        // every sample line is "name{labels} value" or "name value"
        assertThat(metrics.lines().filter(l -> !l.startsWith("#")))
                .allMatch(l -> l.matches("[a-z_]+(\\{[^}]*\\})? -?[0-9.eE+-]+|[a-z_]+(\\{[^}]*\\})? (NaN|[+-]Inf)"));
    }

    @Test
    void labelValuesAreEscaped() {
        assertThat(PrometheusText.escape("a\"b\\c\nd")).isEqualTo("a\\\"b\\\\c\\nd");
    }

    private OpsStatusReader reader(Instant now) {
        Clock clock = now == null ? Clock.systemUTC() : Clock.fixed(now, ZoneOffset.UTC);
        return new OpsStatusReader(area, "Testshire", OpsStatusReader.Tolerance.standard(),
                new OpsStatusReader.ScheduleView(() -> Optional.of(Instant.parse("2026-11-28T06:00:00Z")), "at 06:00"),
                clock);
    }
}
