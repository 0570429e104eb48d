package org.jigsaw.govern;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GovernanceTest {
    @Test
    void refusalsAndAccessesAreBothAudited(@TempDir Path dir) throws IOException {
        Governance g = Governance.open(Fixtures.area(dir, Fixtures.HEALTH),
                Clock.fixed(Instant.parse("2026-06-01T10:00:00Z"), ZoneOffset.UTC));
        User board = new User("board", null, Role.BOARD, List.of(), null);
        AccessDecision refused = g.check(board, "direct_care", "community_health", Granularity.INDIVIDUAL, "view", "person:PX");
        assertThat(refused.allowed()).isFalse();
        AccessDecision ok = g.check(board, "send_planning", "community_health", Granularity.AGGREGATE, "view", "kpi:x");
        assertThat(ok.allowed()).isTrue();
        g.record(board, "send_planning", "view", "kpi:x", 40);
        List<AuditEntry> e = g.audit().entries();
        assertThat(e).extracting(AuditEntry::allowed).containsExactly(false, true);
        assertThat(e.get(0).what()).isEqualTo("person:PX");
        assertThat(g.audit().verify().intact()).isTrue();
        assertThat(g.users()).isEmpty();
    }
}
