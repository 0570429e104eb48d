package org.jigsaw.govern;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditLogTest {
    @TempDir
    Path area;
    AuditLog log;

    @BeforeEach
    void fill() {
        log = AuditLog.open(area);
        log.append(AuditEvent.allowed("ana", Role.ANALYST, "send_planning", "view", "kpi:ehcp_20wk", 12));
        log.append(AuditEvent.allowed("ops", Role.OPERATIONAL, "direct_care", "view", "person:PABCDEFGHIJKLMNOP", 1));
        log.append(AuditEvent.denied("board", Role.BOARD, "direct_care", "view", "person:PABCDEFGHIJKLMNOP"));
        log.append(AuditEvent.allowed("ana", Role.ANALYST, "send_planning", "export", "cohort:ehcp", 340));
        log.append(AuditEvent.allowed("ana", Role.ANALYST, "send_planning", "view", "quality", 8));
    }

    private List<String> lines() throws IOException {
        return new ArrayList<>(Files.readAllLines(log.file()));
    }

    @Test
    void intactLogVerifiesAndChains() throws IOException {
        AuditVerification v = log.verify();
        assertThat(v.intact()).isTrue();
        assertThat(v.entries()).isEqualTo(5);
        List<AuditEntry> e = log.entries();
        assertThat(e.get(0).prev()).isEqualTo(AuditLog.GENESIS);
        assertThat(e.get(1).prev()).isEqualTo(e.get(0).hash());
        assertThat(e).extracting(AuditEntry::seq).containsExactly(1L, 2L, 3L, 4L, 5L);
        // appends continue the chain after reopening
        AuditLog.open(area).append(AuditEvent.allowed("ana", Role.ANALYST, "send_planning", "view", "x", 1));
        assertThat(log.verify().entries()).isEqualTo(6);
    }

    @Test
    void editedLineIsNamed() throws IOException {
        List<String> l = lines();
        l.set(3, l.get(3).replace("\"rows\":340", "\"rows\":34"));
        Files.write(log.file(), l);
        AuditVerification v = log.verify();
        assertThat(v.intact()).isFalse();
        assertThat(v.firstBroken()).isEqualTo(4);
        assertThat(v.problem()).contains("entry 4 was altered");
    }

    @Test
    void editedLineWithRecomputedHashIsStillCaughtByTheNextLine() throws IOException {
        List<String> l = lines();
        // a forger who recomputes entry 2's own hash still breaks entry 3's link to it
        AuditEntry e = log.entries().get(1);
        AuditEntry forged = new AuditEntry(e.seq(), e.time(), "someone-else", e.role(), e.purpose(), e.action(),
                e.what(), e.rows(), e.allowed(), e.prev(), null);
        forged = forged.withHash(AuditLog.hash(forged));
        l.set(1, new com.fasterxml.jackson.databind.ObjectMapper().registerModule(new com.fasterxml.jackson.datatype.jsr310.JavaTimeModule())
                .disable(com.fasterxml.jackson.databind.SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).writeValueAsString(forged));
        Files.write(log.file(), l);
        AuditVerification v = log.verify();
        assertThat(v.firstBroken()).isEqualTo(3);
        assertThat(v.problem()).contains("does not follow");
    }

    @Test
    void deletedLineIsNamed() throws IOException {
        List<String> l = lines();
        l.remove(1);
        Files.write(log.file(), l);
        AuditVerification v = log.verify();
        assertThat(v.intact()).isFalse();
        assertThat(v.firstBroken()).isEqualTo(2);
        assertThat(v.problem()).contains("entries 2..2 missing");
    }

    @Test
    void reorderedLinesAreNamed() throws IOException {
        List<String> l = lines();
        String t = l.get(2);
        l.set(2, l.get(3));
        l.set(3, t);
        Files.write(log.file(), l);
        AuditVerification v = log.verify();
        assertThat(v.intact()).isFalse();
        assertThat(v.firstBroken()).isEqualTo(3);
    }

    @Test
    void truncatedTailIsCaughtByTheHead() throws IOException {
        List<String> l = lines();
        Files.write(log.file(), l.subList(0, 3));
        AuditVerification v = log.verify();
        assertThat(v.intact()).isFalse();
        assertThat(v.problem()).contains("removed from the end");
    }

    @Test
    void reportSummarisesPerUserAndPurpose() throws IOException {
        AuditReport r = AuditReport.of(log.entries());
        assertThat(r.entries()).isEqualTo(5);
        AuditReport.Line ana = r.lines().stream().filter(x -> x.user().equals("ana")).findFirst().orElseThrow();
        assertThat(ana.accesses()).isEqualTo(3);
        assertThat(ana.rows()).isEqualTo(360);
        AuditReport.Line board = r.lines().stream().filter(x -> x.user().equals("board")).findFirst().orElseThrow();
        assertThat(board.denied()).isEqualTo(1);
        assertThat(r.toMarkdown()).contains("| ops | operational | direct_care | 1 | 0 | 1 | 1 |");
    }

    @Test
    void concurrentAppendsFromTwoLogObjectsKeepTheChain() throws Exception {
        AuditLog other = AuditLog.open(area);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<?>> fs = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                AuditLog l = i % 2 == 0 ? log : other;
                int n = i;
                fs.add(pool.submit(() -> l.append(AuditEvent.allowed("u" + n, Role.ANALYST, "send_planning", "view", "q", n))));
            }
            for (var f : fs) f.get();
        } finally {
            pool.shutdown();
        }
        AuditVerification v = log.verify();
        assertThat(v.intact()).as(v.describe()).isTrue();
        assertThat(v.entries()).isEqualTo(45);
    }

    @Test
    void groupCommitChainsLikeSingleAppends() throws IOException {
        List<AuditEntry> batch = log.appendAll(List.of(
                AuditEvent.allowed("web", Role.BOARD, "send_planning", "view", "kpi:a", 10),
                AuditEvent.allowed("web", Role.BOARD, "send_planning", "view", "kpi:b", 20)));
        assertThat(batch).extracting(AuditEntry::seq).containsExactly(6L, 7L);
        assertThat(batch.get(1).prev()).isEqualTo(batch.get(0).hash());
        assertThat(log.verify().intact()).isTrue();
        assertThat(log.appendAll(List.of())).isEmpty();
    }
}
