package org.jigsaw.web.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import org.jigsaw.ops.OpsStatusReader;
import org.jigsaw.schedule.CronSchedule;
import org.jigsaw.schedule.RefreshLog;
import org.jigsaw.schedule.RefreshOutcome;
import org.jigsaw.schedule.RefreshStatus;
import org.jigsaw.web.DashboardServer;
import org.jigsaw.web.Dashboards;
import org.jigsaw.web.WebSettings;
import org.jigsaw.web.fixture.SnapshotFixture;
import org.jigsaw.web.support.WebClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The operations routes and banner mounted in the real dashboard, as {@code jigsaw serve} does. */
class DashboardOpsTest {

    @TempDir
    Path tmp;

    @Test
    void healthAndMetricsNeedNoSessionAndPagesShowTheRefreshBanner() throws Exception {
        SnapshotFixture.Made made = SnapshotFixture.make(tmp.resolve("area"), tmp.resolve("keys/keys.yaml"), 300, 7);
        // publish the newest the way the store does: <run-id>.duckdb and CURRENT holding the run ID
        Path newest = made.snapshots().get(made.snapshots().size() - 1);
        String runId = newest.getFileName().toString().replace(".duckdb", "") + "-00";
        java.nio.file.Files.move(newest, newest.resolveSibling(runId + ".duckdb"));
        java.nio.file.Files.writeString(made.area().resolve("snapshots/CURRENT"), runId + "\n");
        RefreshLog.of(made.area()).append(new RefreshOutcome(Instant.parse("2026-11-27T06:00:00Z"),
                Instant.parse("2026-11-27T06:01:00Z"), RefreshStatus.FAILED, "schedule", null, "sources/census.yaml: no file"));
        OpsStatusReader ops = new OpsStatusReader(made.area(), "Fixture", OpsStatusReader.Tolerance.standard(), null,
                Clock.systemUTC());
        try (DashboardServer server = Dashboards.create(WebSettings.of(made.area(), "127.0.0.1", 0), made.keyFile(), null)
                .extend(new OpsRoutes(ops, null, org.jigsaw.govern.Suppression.nhsEngland())::register)
                .banner(() -> new RefreshBanner(CronSchedule.UK).html(ops.read()))
                .start()) {
            WebClient anonymous = new WebClient("http://127.0.0.1:" + server.port());
            var health = anonymous.get("/health");
            assertThat(health.statusCode()).as(health.headers().map() + " " + health.body()).isEqualTo(200);
            assertThat(health.body()).contains("\"status\" : \"DEGRADED\"").contains("sources/census.yaml: no file")
                    .contains("\"run_id\" : \"" + runId + "\"");
            var metrics = anonymous.get("/metrics");
            assertThat(metrics.statusCode()).isEqualTo(200);
            assertThat(metrics.body()).contains("jigsaw_last_refresh_success{area=\"Fixture\"} 0");
            assertThat(anonymous.get("/overview").statusCode()).isNotEqualTo(200);   // pages still need a session

            WebClient admin = new WebClient("http://127.0.0.1:" + server.port());
            assertThat(admin.signIn("admin", "admin" + SnapshotFixture.PASSWORD_SUFFIX).statusCode()).isEqualTo(303);
            var page = admin.get("/overview");
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).contains("Data last refreshed").contains("Refresh failed")
                    .contains("sources/census.yaml: no file");
        }
    }
}
