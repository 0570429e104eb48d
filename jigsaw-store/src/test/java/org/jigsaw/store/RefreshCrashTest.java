package org.jigsaw.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.jigsaw.area.Area;
import org.jigsaw.progress.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Kills a refresh (a real child JVM) while it writes its snapshot: the previous one must stay current and whole. */
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

        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                KillableRefreshMain.class.getName(), dir.toString(), "30000")
                .redirectErrorStream(true).start();
        try {
            CompletableFuture<Boolean> writing = CompletableFuture.supplyAsync(() -> {
                try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                    for (String line; (line = out.readLine()) != null; ) {
                        if (line.equals("WRITING")) return true;
                    }
                    return false;
                } catch (java.io.IOException e) {
                    return false;
                }
            });
            assertThat(writing.get(180, TimeUnit.SECONDS)).as("the child reached the write").isTrue();
            try (var files = Files.list(snapshots.dir())) {
                assertThat(files.map(f -> f.getFileName().toString()).toList()).anyMatch(n -> n.endsWith(".duckdb.partial"));
            }
        } finally {
            child.destroyForcibly();
            child.waitFor(60, TimeUnit.SECONDS);
        }

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
