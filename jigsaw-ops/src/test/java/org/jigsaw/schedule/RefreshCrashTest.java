package org.jigsaw.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.jigsaw.area.Area;
import org.jigsaw.progress.Progress;
import org.jigsaw.store.ChildJvm;
import org.jigsaw.store.FakeArea;
import org.jigsaw.store.Refresh;
import org.jigsaw.store.RefreshSummary;
import org.jigsaw.store.SnapshotInfo;
import org.jigsaw.store.SnapshotReader;
import org.jigsaw.store.Snapshots;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a refresh (a real child JVM) while it writes its snapshot: the previous one must stay current
 * and whole, and the refresh log must show the run as interrupted.
 */
class RefreshCrashTest {
    @TempDir
    Path dir;

    @Test
    void killingARefreshMidWriteLeavesThePreviousSnapshotCurrent() throws Exception {
        Area area = FakeArea.write(dir, LocalDate.of(2026, 8, 31));
        RefreshSummary before = new Refresh(FakeArea.ingest(300, 1), FakeArea.linker()).run(area, Progress.NONE);
        Snapshots snapshots = Snapshots.of(dir);
        long personsBefore;
        try (SnapshotReader r = snapshots.openCurrent()) {
            personsBefore = r.count("person");
        }

        RefreshLog log = RefreshLog.of(dir);
        java.time.Instant spawned = java.time.Instant.now();
        try (ChildJvm child = ChildJvm.start(KillableRefreshMain.class, dir.toString(), "30000")) {
            assertThat(child.awaitLine("WRITING", Duration.ofSeconds(180))).as("the child reached the write").isTrue();
            try (var files = Files.list(snapshots.dir())) {
                assertThat(files.map(f -> f.getFileName().toString()).toList()).anyMatch(n -> n.endsWith(".duckdb.partial"));
            }
            assertThat(log.last()).get().extracting(RefreshOutcome::status).isEqualTo(RefreshStatus.RUNNING);
            child.kill();
        }
        // the refresh log tells the kill, with when the dead run started
        RefreshOutcome killed = log.last().orElseThrow();
        assertThat(killed.status()).isEqualTo(RefreshStatus.INTERRUPTED);
        assertThat(killed.startedAt()).isBetween(spawned, java.time.Instant.now());

        assertThat(snapshots.currentRunId()).contains(before.runId());
        assertThat(snapshots.list()).extracting(SnapshotInfo::runId).containsExactly(before.runId());
        try (SnapshotReader r = snapshots.openCurrent()) {
            assertThat(r.run().status()).isEqualTo("OK");
            assertThat(r.count("person")).isEqualTo(personsBefore);
            assertThat(r.cohorts()).isNotEmpty();
        }

        RefreshSummary after = new Refresh(FakeArea.ingest(300, 2), FakeArea.linker()).run(area, Progress.NONE);
        assertThat(snapshots.currentRunId()).contains(after.runId());
        try (var files = Files.list(snapshots.dir())) {
            List<String> names = files.map(f -> f.getFileName().toString()).toList();
            assertThat(names).noneMatch(n -> n.contains("partial"));
        }
    }
}
