package org.jigsaw.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RefreshSchedulerTest {

    @TempDir
    Path area;

    /** A clock running at real speed but set to 300 ms before the next whole minute. */
    private static Clock justBeforeAMinute() {
        Instant now = Instant.now();
        long toNextMinute = 60_000 - now.toEpochMilli() % 60_000;
        return Clock.offset(Clock.system(ZoneOffset.UTC), Duration.ofMillis(toNextMinute - 300));
    }

    @Test
    void runsAtTheCronTimeAndRecordsTheOutcome() throws Exception {
        CountDownLatch ran = new CountDownLatch(1);
        RefreshLog log = RefreshLog.of(area);
        try (RefreshScheduler scheduler = new RefreshScheduler(CronSchedule.parse("* * * * *", ZoneOffset.UTC),
                held -> {
                    ran.countDown();
                    return "2026-11-27T06-00-00";
                }, log, justBeforeAMinute())) {
            Instant first = scheduler.start();
            assertThat(first.getEpochSecond() % 60).isZero();
            assertThat(ran.await(20, TimeUnit.SECONDS)).isTrue();
            awaitEntries(log, 1);
            for (int i = 0; i < 200 && !scheduler.nextRun().orElseThrow().isAfter(first); i++) {
                Thread.sleep(50);
            }
            assertThat(scheduler.nextRun()).get().matches(n -> n.isAfter(first), "rescheduled after the run");
        }
        RefreshOutcome o = log.last().orElseThrow();
        assertThat(o.status()).isEqualTo(RefreshStatus.OK);
        assertThat(o.trigger()).isEqualTo("schedule");
        assertThat(o.snapshot()).isEqualTo("2026-11-27T06-00-00");
        assertThat(Files.readString(area.resolve("snapshots/refresh-log.jsonl"))).contains("\"status\":\"OK\"");
    }

    @Test
    void aFailedRunIsLoggedWithItsReasonAndTheSchedulerCarriesOn() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        RefreshLog log = RefreshLog.of(area);
        try (RefreshScheduler scheduler = new RefreshScheduler(CronSchedule.parse("0 6 * * *"), held -> {
            if (calls.incrementAndGet() == 1) {
                throw new IllegalStateException("source census: 12 of 40 rows quarantined (limit 10%)",
                        new java.io.IOException("disk full"));
            }
            if (calls.get() == 2) {
                throw new OutOfMemoryError("Java heap space");
            }
            return "snap-3";
        }, log, Clock.systemUTC())) {
            scheduler.start();
            RefreshOutcome failed = scheduler.runNow("manual").get(20, TimeUnit.SECONDS);
            RefreshOutcome oom = scheduler.runNow("manual").get(20, TimeUnit.SECONDS);
            RefreshOutcome ok = scheduler.runNow("manual").get(20, TimeUnit.SECONDS);
            assertThat(failed.status()).isEqualTo(RefreshStatus.FAILED);
            assertThat(failed.reason()).contains("quarantined").contains("cause: disk full");
            assertThat(oom.reason()).contains("Java heap space");
            assertThat(ok.ok()).isTrue();
            assertThat(scheduler.nextRun()).isPresent();
        }
        assertThat(log.all()).extracting(RefreshOutcome::status)
                .containsExactly(RefreshStatus.FAILED, RefreshStatus.FAILED, RefreshStatus.OK);
        assertThat(log.lastSuccessful()).get().extracting(RefreshOutcome::snapshot).isEqualTo("snap-3");
    }

    @Test
    void logSkipsATornLastLine() throws Exception {
        RefreshLog log = RefreshLog.of(area);
        log.append(new RefreshOutcome(Instant.parse("2026-11-26T06:00:00Z"), Instant.parse("2026-11-26T06:04:00Z"),
                RefreshStatus.OK, "schedule", "a", null));
        Files.writeString(log.file(), "{\"started_at\":\"2026-11-27T06:0", java.nio.file.StandardOpenOption.APPEND);
        assertThat(log.all()).hasSize(1);
        assertThat(log.last().orElseThrow().duration()).isEqualTo(Duration.ofMinutes(4));
        assertThat(log.recent(5)).hasSize(1);
        log.append(new RefreshOutcome(Instant.parse("2026-11-27T06:00:00Z"), Instant.parse("2026-11-27T06:01:00Z"),
                RefreshStatus.FAILED, "schedule", null, "x"));
        assertThat(log.all()).hasSize(2);
        assertThat(log.last().orElseThrow().status()).isEqualTo(RefreshStatus.FAILED);
    }

    private static void awaitEntries(RefreshLog log, int n) throws InterruptedException {
        for (int i = 0; i < 200 && log.all().size() < n; i++) {
            Thread.sleep(50);
        }
    }
}
