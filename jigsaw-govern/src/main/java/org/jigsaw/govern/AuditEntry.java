package org.jigsaw.govern;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.Instant;

/**
 * One line of {@code audit/audit.jsonl}. {@code hash} is SHA-256 over the previous entry's hash
 * and this entry's other fields, so editing, deleting or reordering any line breaks the chain
 * from that line on.
 */
@JsonPropertyOrder({"seq", "time", "user", "role", "purpose", "action", "what", "rows", "allowed", "prev", "hash"})
public record AuditEntry(long seq, Instant time, String user, String role, String purpose, String action,
                         String what, long rows, boolean allowed, String prev, String hash) {

    AuditEntry withoutHash() {
        return new AuditEntry(seq, time, user, role, purpose, action, what, rows, allowed, prev, null);
    }

    AuditEntry withHash(String h) {
        return new AuditEntry(seq, time, user, role, purpose, action, what, rows, allowed, prev, h);
    }
}
