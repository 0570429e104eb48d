package org.jigsaw.web.access;

import java.util.List;

/** Where the dashboard records every access; backed by the governance module's hash-chained log. */
public interface AuditTrail {

    void record(AuditEntry entry);

    /** The most recent entries, newest first, for the admin's Audit page. */
    List<java.util.Map<String, Object>> recent(int limit);

    /** null when the chain verifies, else a description of the first broken entry. */
    String verify();
}
