package org.jigsaw.web.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.jigsaw.ops.OpsStatusReader;
import org.jigsaw.schedule.RefreshLog;
import org.jigsaw.schedule.RefreshOutcome;
import org.jigsaw.schedule.RefreshRecorder;
import org.jigsaw.schedule.RefreshStatus;
import org.jigsaw.store.Duck;
import org.jigsaw.store.RefreshLock;
import org.jigsaw.store.RefreshLockedException;
import org.jigsaw.store.Schema;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OpsRoutesTest {

    static final String RUN = "2026-11-26T06-00-00";
    static final Instant NOW = Instant.parse("2026-11-27T07:00:00Z");

    @TempDir
    Path area;

    Javalin app;
    final HttpClient http = HttpClient.newHttpClient();

    @AfterEach
    void stop() {
        if (app != null) {
            app.stop();
        }
    }

    private void publish() throws Exception {
        Path dir = Files.createDirectories(area.resolve("snapshots"));
        try (Connection c = Duck.openWritable(dir.resolve(RUN + ".duckdb")); Statement s = c.createStatement()) {
            Schema.create(c);
            s.execute("INSERT INTO run (run_id, area_name, reference_date, started_at, finished_at, status) VALUES ('"
                    + RUN + "', 'Testshire', DATE '2026-11-25', TIMESTAMP '2026-11-26 06:00:00', "
                    + "TIMESTAMP '2026-11-26 06:10:00', 'OK')");
            s.execute("INSERT INTO source_run VALUES ('census', 'census', 'Education', 'c.csv', DATE '2026-11-20', 4, 4, 0), "
                    + "('csds', 'csds', 'Health', 'h.csv', DATE '2026-08-01', 2, 1, 1)");
            s.execute("INSERT INTO record (record_key, source) VALUES ('census:1', 'census'), ('census:2', 'census'), "
                    + "('census:3', 'census'), ('census:4', 'census'), ('csds:1', 'csds')");
            s.execute("INSERT INTO person_record VALUES ('p1', 'census:1'), ('p1', 'csds:1'), ('p2', 'census:2'), "
                    + "('p3', 'census:3'), ('p4', 'census:4')");
        }
        Files.writeString(dir.resolve("CURRENT"), RUN + "\n");
    }

    private int start(String token) {
        OpsStatusReader reader = new OpsStatusReader(area, "Testshire", OpsStatusReader.Tolerance.standard(),
                new OpsStatusReader.ScheduleView(() -> Optional.of(Instant.parse("2026-11-28T06:00:00Z")), "at 06:00"),
                Clock.fixed(NOW, ZoneOffset.UTC));
        OpsRoutes routes = new OpsRoutes(reader, token, org.jigsaw.govern.Suppression.nhsEngland());
        app = Javalin.create(cfg -> {
            cfg.startup.showJavalinBanner = false;
            cfg.jetty.host = "127.0.0.1";
            cfg.jetty.port = 0;
            routes.register(cfg);
        }).start();
        return app.port();
    }

    private HttpResponse<String> get(int port, String path, String auth) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
        if (auth != null) {
            b.header("Authorization", auth);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void healthIs503WithoutASnapshot() throws Exception {
        int port = start(null);
        HttpResponse<String> r = get(port, "/health", null);
        assertThat(r.statusCode()).isEqualTo(503);
        assertThat(new ObjectMapper().readTree(r.body()).get("status").asText()).isEqualTo("DOWN");
    }

    @Test
    void healthReportsSnapshotRefreshAndStaleSources() throws Exception {
        publish();
        RefreshLog.of(area).append(new RefreshOutcome(Instant.parse("2026-11-27T06:00:00Z"),
                Instant.parse("2026-11-27T06:02:00Z"), RefreshStatus.FAILED, "schedule", null, "source csds: no file"));
        int port = start(null);
        HttpResponse<String> r = get(port, "/health", null);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).get().asString().startsWith("application/json");
        JsonNode j = new ObjectMapper().readTree(r.body());
        assertThat(j.get("status").asText()).isEqualTo("DEGRADED");
        assertThat(j.at("/snapshot/run_id").asText()).isEqualTo(RUN);
        assertThat(j.at("/snapshot/age_seconds").asLong()).isEqualTo(25 * 3600 - 600);
        assertThat(j.at("/last_refresh/status").asText()).isEqualTo("FAILED");
        assertThat(j.at("/last_refresh/reason").asText()).isEqualTo("source csds: no file");
        assertThat(j.at("/next_refresh").asText()).isEqualTo("2026-11-28T06:00:00Z");
        assertThat(j.at("/sources/1/source").asText()).isEqualTo("csds");
        assertThat(j.at("/sources/1/stale").asBoolean()).isTrue();
        assertThat(j.at("/sources/0/stale").asBoolean()).isFalse();
        // /health needs no session: 5 records (and a rate of them) are hidden under the NHS rule, not served exactly
        assertThat(j.at("/linkage/records").isNull()).isTrue();
        assertThat(j.at("/linkage/linkage_rate").isNull()).isTrue();
        assertThat(j.at("/sources/1/rows_quarantined").isNull()).isTrue();
    }

    @Test
    void metricsArePrometheusTextAndCanRequireAToken() throws Exception {
        publish();
        int port = start("s3cret");
        assertThat(get(port, "/metrics", null).statusCode()).isEqualTo(401);
        assertThat(get(port, "/metrics", "Bearer wrong").statusCode()).isEqualTo(401);
        HttpResponse<String> r = get(port, "/metrics", "Bearer s3cret");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).get().asString().startsWith("text/plain; version=0.0.4");
        assertThat(r.body())
                .contains("jigsaw_snapshot_age_seconds{area=\"Testshire\"} 89400")
                .doesNotContain("stage=\"quarantined\"} 1").doesNotContain("jigsaw_linkage_rate{").doesNotContain("jigsaw_records{");
    }

    @Test
    void bannerShowsWhenRefreshedTheFailureAndStaleSources() throws Exception {
        publish();
        RefreshLog.of(area).append(new RefreshOutcome(Instant.parse("2026-11-27T06:00:00Z"),
                Instant.parse("2026-11-27T06:02:00Z"), RefreshStatus.FAILED, "schedule", null, "source <csds>: no file"));
        OpsStatusReader reader = new OpsStatusReader(area, "Testshire", OpsStatusReader.Tolerance.standard(), null,
                Clock.fixed(NOW, ZoneOffset.UTC));
        String html = new RefreshBanner(ZoneId.of("Europe/London")).html(reader.read());
        assertThat(html).contains("Data last refreshed 26 November 2026 at 06:10 (24 hours ago)")
                .contains("Refresh failed").contains("source &lt;csds&gt;: no file")
                .contains("1 source is out of date: csds (extracted 2026-08-01)");
    }

    /** The csds extract made recent, so the area is UP and only the refresh log can change that. */
    private void freshen() throws Exception {
        try (Connection c = Duck.openWritable(area.resolve("snapshots/" + RUN + ".duckdb")); Statement s = c.createStatement()) {
            s.execute("UPDATE source_run SET extract_date = DATE '2026-11-20'");
        }
    }

    private void previousRefreshWorked() {
        RefreshLog.of(area).append(new RefreshOutcome(Instant.parse("2026-11-26T06:00:00Z"),
                Instant.parse("2026-11-26T06:10:00Z"), RefreshStatus.OK, "schedule", RUN, null));
    }

    private JsonNode health(int port) throws Exception {
        HttpResponse<String> r = get(port, "/health", null);
        assertThat(r.statusCode()).isEqualTo(200);
        return new ObjectMapper().readTree(r.body());
    }

    @Test
    void healthTellsARefreshStillRunningFromOneThatWasKilled() throws Exception {
        publish();
        freshen();
        previousRefreshWorked();
        int port = start(null);

        // running in this JVM, as serve's scheduler runs it: it holds the refresh lock
        CountDownLatch working = new CountDownLatch(1);
        CountDownLatch finish = new CountDownLatch(1);
        CompletableFuture<RefreshRecorder.Run<String>> run = CompletableFuture.supplyAsync(() -> RefreshRecorder.run(
                RefreshLog.of(area), "schedule", Clock.systemUTC(), held -> {
                    working.countDown();
                    finish.await();
                    return "next";
                }, snapshot -> snapshot));
        assertThat(working.await(30, TimeUnit.SECONDS)).isTrue();
        JsonNode during = health(port);
        assertThat(during.get("status").asText()).isEqualTo("UP");
        assertThat(during.at("/refresh_running/status").asText()).isEqualTo("RUNNING");
        assertThat(during.at("/refresh_running/started_at").asText()).isNotBlank();
        assertThat(during.at("/last_refresh/status").asText()).isEqualTo("OK");
        finish.countDown();
        assertThat(run.get(30, TimeUnit.SECONDS).outcome().ok()).isTrue();

        // what a run killed mid-way leaves: its STARTED line, and the lock freed with its process
        Instant killedAt = Instant.parse("2026-11-27T06:00:00Z");
        RefreshLog.of(area).append(RefreshOutcome.started(killedAt, "schedule"));
        JsonNode after = health(port);
        assertThat(after.get("status").asText()).isEqualTo("DEGRADED");
        assertThat(after.at("/last_refresh/status").asText()).isEqualTo("INTERRUPTED");
        assertThat(after.at("/last_refresh/started_at").asText()).isEqualTo(killedAt.toString());
        assertThat(after.at("/last_refresh").has("finished_at")).isFalse();
        assertThat(after.get("refresh_running").isNull()).isTrue();
        assertThat(after.get("refresh_failures").asLong()).isEqualTo(1);
        assertThat(after.get("problems").toString()).contains("did not finish").contains("still serving snapshot " + RUN);
        assertThat(get(port, "/metrics", null).body())
                .contains("jigsaw_last_refresh_status{area=\"Testshire\",state=\"INTERRUPTED\"} 1")
                .contains("jigsaw_last_refresh_started_timestamp_seconds{area=\"Testshire\"} " + killedAt.getEpochSecond());
        String banner = new RefreshBanner(ZoneId.of("Europe/London")).html(new OpsStatusReader(area, "Testshire",
                OpsStatusReader.Tolerance.standard(), null, Clock.fixed(NOW, ZoneOffset.UTC)).read());
        assertThat(banner).contains("Refresh did not finish").contains("The refresh started 27 November 2026 at 06:00 stopped")
                .doesNotContain("Refresh failed");
    }

    @Test
    void aRefreshRefusedTheLockIsLoggedAsSkippedAndHealthStaysUp() throws Exception {
        publish();
        freshen();
        previousRefreshWorked();
        try (RefreshLock held = RefreshLock.acquire(area.resolve("snapshots"))) {
            assertThatThrownBy(() -> RefreshRecorder.record(RefreshLog.of(area), "manual", Clock.systemUTC(),
                    lock -> "never", snapshot -> snapshot)).isInstanceOf(RefreshLockedException.class);
        }
        assertThat(Files.readString(RefreshLog.of(area).file()))
                .contains("\"status\":\"SKIPPED\"").contains("skipped: another refresh was running");
        int port = start(null);
        JsonNode j = health(port);
        assertThat(j.get("status").asText()).isEqualTo("UP");
        assertThat(j.at("/last_refresh/status").asText()).isEqualTo("OK");
        assertThat(j.get("refresh_failures").asLong()).isZero();
        assertThat(j.get("refresh_skipped").asLong()).isEqualTo(1);
        assertThat(j.get("problems")).isEmpty();
        assertThat(get(port, "/metrics", null).body())
                .contains("jigsaw_last_refresh_success{area=\"Testshire\"} 1")
                .contains("jigsaw_refresh_failures_total{area=\"Testshire\"} 0")
                .contains("jigsaw_refresh_skipped_total{area=\"Testshire\"} 1");
    }
}
