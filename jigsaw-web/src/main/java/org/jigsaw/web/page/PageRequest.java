package org.jigsaw.web.page;

import java.util.List;
import java.util.Map;
import org.jigsaw.store.Snapshot;
import org.jigsaw.store.SnapshotSource;
import org.jigsaw.web.access.Disclosure;
import org.jigsaw.web.auth.Principal;

/**
 * Everything a page needs to build its data: the snapshot being served, the history for trends,
 * the (validated by each page) filter parameters, the disclosure rule and who is asking.
 */
public record PageRequest(Snapshot snapshot, SnapshotSource snapshots, Map<String, String> params,
                          Disclosure disclosure, Principal principal, org.jigsaw.web.access.Pseudonymiser pseudonyms) {

    /** Titles, groups and descriptions of cohorts and KPIs as defined for this snapshot. */
    public CohortCatalog catalog() {
        return CohortCatalog.of(snapshot, snapshots.area());
    }

    public String param(String name, String fallback) {
        String v = params.get(name);
        return v == null || v.isBlank() ? fallback : v.trim();
    }

    /** A parameter restricted to known values (filters never reach SQL as text otherwise). */
    public String choice(String name, List<String> allowed, String fallback) {
        String v = param(name, fallback);
        return allowed.contains(v) ? v : fallback;
    }
}
