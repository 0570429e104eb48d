package org.jigsaw.govern;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Group commit: a batch chains exactly like single appends, before and after them. */
class AuditLogAppendAllTest {
    @TempDir
    Path area;

    @Test
    void batchesChainWithSingleAppendsAndVerify() throws Exception {
        AuditLog log = AuditLog.open(area);
        log.append(AuditEvent.allowed("a", Role.ANALYST, null, "view", "/overview", 3));
        List<AuditEntry> batch = log.appendAll(List.of(
                AuditEvent.allowed("b", Role.BOARD, null, "view", "/cohorts", 10),
                AuditEvent.denied("b", Role.BOARD, null, "forbidden", "/child")));
        log.append(AuditEvent.allowed("c", Role.ADMIN, null, "view", "/audit", 1));
        assertThat(batch).extracting(AuditEntry::seq).containsExactly(2L, 3L);
        List<AuditEntry> all = log.entries();
        assertThat(all).extracting(AuditEntry::seq).containsExactly(1L, 2L, 3L, 4L);
        assertThat(all.get(1).prev()).isEqualTo(all.get(0).hash());
        assertThat(all.get(3).prev()).isEqualTo(all.get(2).hash());
        assertThat(log.verify().intact()).isTrue();
        assertThat(log.appendAll(List.of())).isEmpty();
    }
}
