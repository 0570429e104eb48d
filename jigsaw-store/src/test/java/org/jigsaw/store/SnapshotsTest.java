package org.jigsaw.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The snapshot folder's file rules, on plain files (no database needed). */
class SnapshotsTest {
    @TempDir
    Path area;

    @Test
    void runIdsAreUniqueAndSortInRefreshOrder() throws Exception {
        Snapshots s = Snapshots.of(area);
        Instant t = Instant.parse("2026-11-27T06:00:00Z");
        String first = s.newRunId(t);
        Files.createDirectories(s.dir());
        Files.createFile(s.partial(first));
        String second = s.newRunId(t);
        assertThat(first).isEqualTo("2026-11-27T06-00-00");
        assertThat(second).isEqualTo("2026-11-27T06-00-01");
        assertThat(second.compareTo(first)).isPositive();
    }

    @Test
    void pruneKeepsTheNewestAndNeverTheCurrent() throws Exception {
        Snapshots s = Snapshots.of(area);
        Instant t = Instant.parse("2026-01-01T00:00:00Z");
        String[] ids = new String[4];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = s.newRunId(t.plusSeconds(3600L * i));
            Files.createFile(s.partial(ids[i]));
        }
        s.publish(ids[0]); // an old snapshot made current again (a rollback): pruning must spare it
        for (int i = 1; i < ids.length; i++) Files.move(s.partial(ids[i]), s.file(ids[i]));
        assertThat(s.prune(2)).containsExactly(ids[1]);
        assertThat(s.list()).extracting(SnapshotInfo::runId).containsExactly(ids[0], ids[2], ids[3]);
        assertThat(s.currentRunId()).contains(ids[0]);
    }

    @Test
    void leftoversOfDeadRefreshesAreRemovedButSnapshotsAreNot() throws Exception {
        Snapshots s = Snapshots.of(area);
        String id = s.newRunId(Instant.parse("2026-01-01T00:00:00Z"));
        Files.createFile(s.partial(id));
        s.publish(id);
        Files.createFile(s.dir().resolve("2026-02-01T00-00-00.duckdb.partial"));
        Files.createFile(s.dir().resolve("2026-02-01T00-00-00.duckdb.partial.wal"));
        Files.createFile(s.dir().resolve("CURRENT123.tmp"));
        assertThat(s.removeLeftovers()).isEqualTo(3);
        assertThat(s.list()).extracting(SnapshotInfo::runId).containsExactly(id);
    }

    @Test
    void aPointerToSomethingElseIsRefused() throws Exception {
        Snapshots s = Snapshots.of(area);
        Files.createDirectories(s.dir());
        Files.writeString(s.dir().resolve(Snapshots.POINTER), "../../etc/passwd\n");
        assertThatThrownBy(s::currentRunId).isInstanceOf(StoreException.class).hasMessageContaining("not a run ID");
        assertThatThrownBy(() -> s.open("2026-01-01T00-00-00")).hasMessageContaining("not kept");
    }

    @Test
    void aServerServesTheFileCurrentNamesByFileNameOrRunIdButNothingOutsideTheFolder() throws Exception {
        Snapshots s = Snapshots.of(area);
        assertThatThrownBy(s::served).isInstanceOf(SnapshotException.class)
                .hasMessageContaining("no current snapshot").hasMessageContaining("run a refresh first");
        Files.createDirectories(s.dir());
        Path handMade = Files.createFile(s.dir().resolve("2026-01-01T06-00.duckdb"));
        Files.writeString(s.dir().resolve(Snapshots.POINTER), "2026-01-01T06-00.duckdb\n");
        assertThat(s.served()).isEqualTo(handMade.normalize());
        Files.writeString(s.dir().resolve(Snapshots.POINTER), "2026-01-01T06-00\n");
        assertThat(s.served()).isEqualTo(handMade.normalize());
        Files.createFile(area.resolve("outside.duckdb"));
        Files.writeString(s.dir().resolve(Snapshots.POINTER), "../outside.duckdb\n");
        assertThatThrownBy(s::served).isInstanceOf(SnapshotException.class)
                .hasMessageContaining("snapshots/CURRENT names ../outside.duckdb, which is not a snapshot file in");
    }
}
