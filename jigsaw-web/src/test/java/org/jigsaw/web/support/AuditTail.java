package org.jigsaw.web.support;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.jigsaw.govern.AuditEntry;
import org.jigsaw.govern.AuditLog;

/** The audit entries an area's log gained since this was made: what a test's requests wrote to the real file. */
public final class AuditTail {
    private final Path area;
    private final long after;

    private AuditTail(Path area, long after) {
        this.area = area;
        this.after = after;
    }

    public static AuditTail from(Path area) throws IOException {
        List<AuditEntry> all = AuditLog.open(area).entries();
        return new AuditTail(area, all.isEmpty() ? -1 : all.get(all.size() - 1).seq());
    }

    public List<AuditEntry> entries() throws IOException {
        return AuditLog.open(area).entries().stream().filter(e -> e.seq() > after).toList();
    }

    /** The new entries written by {@code user} with this (lower-case) action. */
    public List<AuditEntry> of(String user, String action) throws IOException {
        return entries().stream().filter(e -> user.equals(e.user()) && action.equals(e.action())).toList();
    }
}
