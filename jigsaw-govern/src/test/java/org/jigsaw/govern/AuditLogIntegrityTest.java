package org.jigsaw.govern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The chain's head kept outside audit/ catches deletion and truncation; a torn tail is sealed, never rewritten. */
class AuditLogIntegrityTest {
    @TempDir
    Path tmp;
    Path area;
    Path keyDir;
    AuditLog log;

    @BeforeEach
    void fill() throws IOException {
        area = Files.createDirectories(tmp.resolve("area"));
        keyDir = Files.createDirectories(tmp.resolve("keys"));
        log = AuditLog.open(area, Clock.systemUTC(), keyDir);
        for (int i = 1; i <= 4; i++) log.append(AuditEvent.allowed("ana", Role.ANALYST, "send_planning", "view", "kpi:" + i, i));
    }

    @Test
    void deletingTheWholeAuditFolderIsCaughtByTheCopyBesideTheKeyFile() throws IOException {
        deleteTree(area.resolve(AuditLog.DIR));
        AuditVerification v = log.verify();
        assertThat(v.intact()).isFalse();
        assertThat(v.problem()).contains("missing or empty").contains("beside the key file").contains("recorded entry 4");
        // and no new history is started over the missing one
        assertThatThrownBy(() -> log.append(AuditEvent.allowed("x", Role.ADMIN, "p", "view", "q", 0)))
                .isInstanceOf(UncheckedIOException.class).hasMessageContaining("restore audit/");
        assertThat(log.verify().intact()).isFalse();
    }

    @Test
    void truncatingLogAndHeadTogetherIsCaughtByTheCopyBesideTheKeyFile() throws IOException {
        List<String> lines = Files.readAllLines(log.file());
        Files.write(log.file(), lines.subList(0, 2));
        AuditEntry second = log.entries().get(1);
        Files.writeString(area.resolve("audit/head.json"), "{\"seq\":2,\"hash\":\"" + second.hash() + "\"}\n");
        AuditVerification v = log.verify();
        assertThat(v.intact()).isFalse();
        assertThat(v.problem()).contains("the log ends at entry 2").contains("recorded entry 4");
    }

    @Test
    void aSnapshotsAnchorCatchesARewrittenHistory() throws IOException {
        AuditAnchor snapshot = new AuditAnchor("snapshot R1", 3, log.entries().get(2).hash());
        assertThat(log.verify(List.of(snapshot)).intact()).isTrue();
        assertThat(log.verify(List.of(snapshot)).anchors()).isEqualTo(2);
        AuditVerification v = log.verify(List.of(new AuditAnchor("snapshot R0", 3, "f".repeat(64))));
        assertThat(v.intact()).isFalse();
        assertThat(v.problem()).contains("entry 3 differs from the one snapshot R0 recorded");
        // without any copy outside audit/, a fresh area is intact and says so
        AuditVerification fresh = AuditLog.open(tmp.resolve("other"), Clock.systemUTC(), null).verify();
        assertThat(fresh.describe()).contains("intact: 0 entries").contains("no copy of the head outside audit/");
    }

    @Test
    void aTornLastLineBlocksAppendsUntilRepairSealsItKeepingTheBytes() throws IOException {
        byte[] torn = "{\"seq\":5,\"time\":\"2026-".getBytes(StandardCharsets.UTF_8);
        Files.write(log.file(), torn, StandardOpenOption.APPEND);
        AuditVerification before = log.verify();
        assertThat(before.intact()).isFalse();
        assertThat(before.firstBroken()).isEqualTo(5);
        assertThat(before.problem()).contains("torn").contains("jigsaw audit repair");
        assertThatThrownBy(() -> log.append(AuditEvent.allowed("x", Role.ADMIN, "p", "view", "q", 0)))
                .hasMessageContaining("torn line").hasMessageContaining("jigsaw audit repair");

        AuditEntry repair = log.repair("cli:op").orElseThrow();
        assertThat(repair.seq()).isEqualTo(5);
        assertThat(repair.action()).isEqualTo(AuditLog.REPAIR);
        assertThat(repair.what()).contains(torn.length + " bytes after entry 4").contains("moved to audit/torn-after-4-");
        Path aside;
        try (Stream<Path> s = Files.list(area.resolve("audit"))) {
            aside = s.filter(p -> p.getFileName().toString().startsWith("torn-after-4-")).findFirst().orElseThrow();
        }
        assertThat(Files.readAllBytes(aside)).isEqualTo(torn);
        assertThat(repair.what()).contains(aside.getFileName().toString());

        AuditVerification after = log.verify();
        assertThat(after.intact()).as(after.describe()).isTrue();
        assertThat(after.entries()).isEqualTo(5);
        assertThat(after.repairs()).singleElement().asString().contains("entry 5").contains("cli:op").contains("torn");
        assertThat(after.describe()).contains("1 repair:");
        log.append(AuditEvent.allowed("ana", Role.ANALYST, "send_planning", "view", "kpi:5", 1));
        assertThat(log.verify().entries()).isEqualTo(6);
        assertThat(log.repair("cli:op")).isEmpty();
    }

    @Test
    void repairRefusesToHideAnEditedEntry() throws IOException {
        List<String> lines = Files.readAllLines(log.file());
        lines.set(1, lines.get(1).replace("\"rows\":2", "\"rows\":20"));
        Files.write(log.file(), lines);
        Files.write(log.file(), "{\"torn".getBytes(StandardCharsets.UTF_8), StandardOpenOption.APPEND);
        assertThatThrownBy(() -> log.repair("cli:op")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("line 2").hasMessageContaining("Restore audit/");
        assertThat(Files.readString(log.file())).endsWith("{\"torn");
    }

    @Test
    void aHeadLeftBehindByACutOffWriteIsBroughtUpToDateByARecordedRepair() throws IOException {
        AuditEntry third = log.entries().get(2);
        Files.writeString(area.resolve("audit/head.json"), "{\"seq\":3,\"hash\":\"" + third.hash() + "\"}\n");
        assertThat(log.verify().problem()).contains("cut off before the head was updated");
        assertThat(log.repair("cli:op").orElseThrow().what()).contains("head brought from entry 3 to entry 4");
        assertThat(log.verify().intact()).isTrue();
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }
}
