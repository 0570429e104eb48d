package org.jigsaw.web.access;

import org.jigsaw.govern.Granularity;
import org.jigsaw.govern.PolicyGate;
import org.jigsaw.govern.Role;

/**
 * What a page or endpoint shows, from the governance point of view, and the least role it is
 * offered to (roles are cumulative). The {@link Gate} has the final word on every request.
 */
public enum Access {
    /** suppressed counts, rates and KPIs */
    AGGREGATES(Granularity.AGGREGATE, Role.BOARD, "send_planning"),
    DATA_QUALITY(Granularity.AGGREGATE, Role.ANALYST, "data_quality"),
    LINKAGE_QUALITY(Granularity.AGGREGATE, Role.ANALYST, "data_quality"),
    /** the clerical review queue: two records side by side, under the agreements' review purpose */
    REVIEW(Granularity.INDIVIDUAL, Role.ANALYST, PolicyGate.LINKAGE_REVIEW),
    /** one child's records, the purpose stated for every look */
    INDIVIDUALS(Granularity.INDIVIDUAL, Role.OPERATIONAL, null),
    /** governance views: they read no shared dataset, so no agreement purpose applies */
    AGREEMENTS(Granularity.AGGREGATE, Role.ADMIN, null),
    AUDIT(Granularity.AGGREGATE, Role.ADMIN, null);

    private final Granularity granularity;
    private final Role leastRole;
    private final String preferredPurpose;

    Access(Granularity granularity, Role leastRole, String preferredPurpose) {
        this.granularity = granularity;
        this.leastRole = leastRole;
        this.preferredPurpose = preferredPurpose;
    }

    /**
     * The agreement purpose this view serves when the agreements grant it (for aggregate views the
     * gate falls back to the first purpose they grant the role); null when the user states it
     * (a child view) or when the view reads no shared data (agreements, audit).
     */
    public String preferredPurpose() {
        return preferredPurpose;
    }

    /** Views that read the shared datasets and so are recorded under an agreement purpose. */
    public boolean readsSharedData() {
        return this != AGREEMENTS && this != AUDIT;
    }

    public Granularity granularity() {
        return granularity;
    }

    public Role leastRole() {
        return leastRole;
    }
}
