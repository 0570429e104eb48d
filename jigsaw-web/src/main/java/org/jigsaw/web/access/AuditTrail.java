package org.jigsaw.web.access;

import java.util.List;

/** Where the dashboard records every access; backed by the governance module's hash-chained log. */
public interface AuditTrail {

    void record(AuditEntry entry);

    /** The most recent entries, newest first, for the admin's Audit page. */
    List<java.util.Map<String, Object>> recent(int limit);

    /** The most recent entries {@code keep} accepts, newest first (the Audit page's filters). */
    default List<java.util.Map<String, Object>> recent(int limit, java.util.function.Predicate<java.util.Map<String, Object>> keep) {
        return recent(Integer.MAX_VALUE).stream().filter(keep).limit(limit).toList();
    }

    /** null when the chain verifies, else a description of the first broken entry. */
    String verify();
}
