package org.jigsaw.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.jigsaw.schedule.RefreshLog;
import org.jigsaw.schedule.RefreshOutcome;
import org.jigsaw.schedule.RefreshRecorder;
import org.jigsaw.schedule.RefreshStatus;
import org.jigsaw.store.ChildJvm;
import org.jigsaw.store.Duck;
import org.jigsaw.store.RefreshLock;
import org.jigsaw.store.RefreshLockedException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A refresh process killed mid-way (a real child JVM, {@code kill -9}) must show as not finished
 * in the log, {@code OpsStatus} and the metrics, without a refresh that is still running being
 * taken for a dead one; a run refused the lock is SKIPPED and leaves the area healthy.
 */
class KilledRefreshTest {

    static final Instant NOW = Instant.parse("2026-11-27T07:00:00Z");
    static final Duration STARTUP = Duration.ofSeconds(60);

    @TempDir
    Path area;

    RefreshLog log;

    /** A healthy area: a current snapshot whose sources are all fresh, made by a refresh that worked. */
    @BeforeEach
    void healthyArea() throws Exception {
        OpsStatusTest.publishSnapshot(area);
        try (Connection c = Duck.openWritable(area.resolve("snapshots/" + OpsStatusTest.RUN + ".duckdb"));
             Statement s = c.createStatement()) {
            s.execute("UPDATE source_run SET extract_date = DATE '2026-11-20'");
        }
        log = RefreshLog.of(area);
        log.append(new RefreshOutcome(Instant.parse("2026-11-26T06:00:00Z"), Instant.parse("2026-11-26T06:10:00Z"),
                RefreshStatus.OK, "schedule", OpsStatusTest.RUN, null));
        assertThat(status().health()).isEqualTo(Health.UP);
    }

    @Test
    void aRefreshKilledMidWayIsReportedAsNotFinishedAndOneStillRunningIsNot() throws Exception {
        try (ChildJvm child = ChildJvm.start(HangingRefreshMain.class, area.toString())) {
            assertThat(child.awaitLine("WORKING", STARTUP)).as("the child refresh started its work").isTrue();

            // still running: its process holds the refresh lock, so it is not taken for a dead one
            RefreshOutcome running = log.last().orElseThrow();
            assertThat(running.status()).isEqualTo(RefreshStatus.RUNNING);
            OpsStatus during = status();
            assertThat(during.health()).isEqualTo(Health.UP);
            assertThat(during.refreshRunning()).isEqualTo(running);
            assertThat(during.lastRefresh().ok()).isTrue();
            assertThat(OpsMetrics.render(during, org.jigsaw.govern.Suppression.nhsEngland())).contains("jigsaw_refresh_running{area=\"Testshire\"} 1")
                    .contains("jigsaw_last_refresh_success{area=\"Testshire\"} 1");

            // the same run seen seven hours after it started: longer than a refresh may take, so it may be hung
            OpsStatus hung = new OpsStatusReader(area, "Testshire", OpsStatusReader.Tolerance.standard(), null,
                    Clock.fixed(running.startedAt().plusSeconds(7 * 3600), ZoneOffset.UTC)).read();
            assertThat(hung.health()).isEqualTo(Health.DEGRADED);
            assertThat(hung.problems()).anyMatch(p -> p.contains("may be hung"));

            child.kill();

            RefreshOutcome dead = log.last().orElseThrow();
            assertThat(dead.status()).isEqualTo(RefreshStatus.INTERRUPTED);
            assertThat(dead.startedAt()).isEqualTo(running.startedAt());
            assertThat(dead.trigger()).isEqualTo("schedule");
            assertThat(dead.finishedAt()).isNull();
            assertThat(dead.reason()).contains("did not finish");
        }
        OpsStatus after = status();
        assertThat(after.health()).isEqualTo(Health.DEGRADED);
        assertThat(after.refreshRunning()).isNull();
        assertThat(after.lastRefresh().status()).isEqualTo(RefreshStatus.INTERRUPTED);
        assertThat(after.lastSuccessful().snapshot()).isEqualTo(OpsStatusTest.RUN);
        assertThat(after.refreshFailures()).isEqualTo(1);
        assertThat(after.problems()).singleElement().asString()
                .contains("started " + after.lastRefresh().startedAt()).contains("did not finish")
                .contains("still serving snapshot " + OpsStatusTest.RUN);
        assertThat(OpsMetrics.render(after, org.jigsaw.govern.Suppression.nhsEngland()))
                .contains("jigsaw_last_refresh_success{area=\"Testshire\"} 0")
                .contains("jigsaw_last_refresh_status{area=\"Testshire\",state=\"INTERRUPTED\"} 1")
                .contains("jigsaw_last_refresh_started_timestamp_seconds{area=\"Testshire\"} "
                        + after.lastRefresh().startedAt().getEpochSecond())
                .contains("jigsaw_refresh_failures_total{area=\"Testshire\"} 1")
                .contains("jigsaw_refresh_running{area=\"Testshire\"} 0")
                .doesNotContain("jigsaw_last_refresh_duration_seconds{");

        // the next refresh works: the dead one stays in the history, and the area is healthy again
        RefreshRecorder.record(log, "manual", Clock.systemUTC(), held -> "next", s -> s);
        assertThat(log.all()).extracting(RefreshOutcome::status)
                .containsExactly(RefreshStatus.OK, RefreshStatus.INTERRUPTED, RefreshStatus.OK);
        assertThat(status().health()).isEqualTo(Health.UP);
    }

    @Test
    void aRefreshRefusedTheLockIsLoggedAsSkippedAndTheAreaStaysHealthy() throws Exception {
        Path release = area.resolve("release");
        try (ChildJvm child = ChildJvm.start(HangingRefreshMain.class, area.toString(), release.toString())) {
            assertThat(child.awaitLine("WORKING", STARTUP)).isTrue();
            assertThatThrownBy(() -> RefreshRecorder.record(log, "manual", Clock.systemUTC(), held -> "never", s -> s))
                    .isInstanceOf(RefreshLockedException.class).hasMessageContaining("another refresh");
            RefreshOutcome skipped = log.last().orElseThrow();
            assertThat(skipped.status()).isEqualTo(RefreshStatus.SKIPPED);
            assertThat(skipped.trigger()).isEqualTo("manual");
            assertThat(skipped.reason()).isEqualTo("skipped: another refresh was running");
            assertThat(status().health()).isEqualTo(Health.UP);

            Files.createFile(release);
            assertThat(child.awaitLine("OK", STARTUP)).as("the running refresh finished").isTrue();
        }
        assertThat(Files.readString(log.file())).contains("\"status\":\"SKIPPED\"");
        assertThat(log.all()).extracting(RefreshOutcome::status)
                .containsExactly(RefreshStatus.OK, RefreshStatus.OK, RefreshStatus.SKIPPED);
        OpsStatus s = status();
        assertThat(s.health()).isEqualTo(Health.UP);
        assertThat(s.problems()).isEmpty();
        assertThat(s.lastRefresh().snapshot()).isEqualTo("released");
        assertThat(s.refreshFailures()).isZero();
        assertThat(s.refreshSkips()).isEqualTo(1);
        assertThat(OpsMetrics.render(s, org.jigsaw.govern.Suppression.nhsEngland())).contains("jigsaw_refresh_skipped_total{area=\"Testshire\"} 1")
                .contains("jigsaw_refresh_failures_total{area=\"Testshire\"} 0")
                .contains("jigsaw_last_refresh_success{area=\"Testshire\"} 1");
    }

    /** Closing any channel on a locked file releases the process's POSIX lock: a probe must not do that. */
    @Test
    void probingTheLockInTheJvmThatHoldsItDoesNotReleaseIt() throws Exception {
        try (RefreshLock held = RefreshLock.acquire(area.resolve("snapshots"))) {
            assertThat(RefreshLock.isHeld(area.resolve("snapshots"))).isTrue();
            assertThat(log.last()).get().extracting(RefreshOutcome::status).isEqualTo(RefreshStatus.OK);
            try (ChildJvm child = ChildJvm.start(HangingRefreshMain.class, area.toString())) {
                assertThat(child.awaitLine("SKIPPED", STARTUP)).as("the child was refused the lock this JVM holds").isTrue();
            }
        }
        assertThat(RefreshLock.isHeld(area.resolve("snapshots"))).isFalse();
        assertThat(log.last()).get().extracting(RefreshOutcome::status).isEqualTo(RefreshStatus.SKIPPED);
    }

    private OpsStatus status() {
        return new OpsStatusReader(area, "Testshire", OpsStatusReader.Tolerance.standard(), null,
                Clock.fixed(NOW, ZoneOffset.UTC)).read();
    }
}
