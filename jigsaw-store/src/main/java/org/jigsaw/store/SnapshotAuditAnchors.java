package org.jigsaw.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jigsaw.govern.AuditAnchor;

/**
 * The audit chain's head as each kept snapshot recorded it when it was written (in
 * {@code run.detail}, key {@value #KEY}): copies outside {@code audit/} that
 * {@link org.jigsaw.govern.AuditLog#verify(java.util.Collection)} checks, so deleting the audit
 * folder, or cutting entries off its end, shows against every snapshot written since.
 */
public final class SnapshotAuditAnchors {
    static final String KEY = "audit_head";
    private static final ObjectMapper JSON = new ObjectMapper();

    private SnapshotAuditAnchors() {
    }

    public static List<AuditAnchor> of(Path areaDir) throws IOException {
        Snapshots snapshots = Snapshots.of(areaDir);
        List<AuditAnchor> out = new ArrayList<>();
        for (SnapshotInfo s : snapshots.list()) {
            String detail;
            try (SnapshotReader r = snapshots.open(s.runId())) {
                detail = r.run().detail();
            }
            if (detail == null) continue;
            JsonNode head = JSON.readTree(detail).path(KEY);
            if (head.isObject()) {
                out.add(new AuditAnchor("snapshot " + s.runId(), head.path("seq").asLong(), head.path("hash").asText()));
            }
        }
        return out;
    }
}
