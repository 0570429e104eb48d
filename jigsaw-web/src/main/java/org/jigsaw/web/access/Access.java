package org.jigsaw.web.access;

import org.jigsaw.govern.Granularity;
import org.jigsaw.govern.Role;

/**
 * What a page or endpoint shows, from the governance point of view, and the least role it is
 * offered to (roles are cumulative). The {@link Gate} has the final word on every request.
 */
public enum Access {
    /** suppressed counts, rates and KPIs */
    AGGREGATES(Granularity.AGGREGATE, Role.BOARD),
    DATA_QUALITY(Granularity.AGGREGATE, Role.ANALYST),
    LINKAGE_QUALITY(Granularity.AGGREGATE, Role.ANALYST),
    /** the clerical review queue: two records side by side */
    REVIEW(Granularity.INDIVIDUAL, Role.ANALYST),
    /** one child's records, purpose required */
    INDIVIDUALS(Granularity.INDIVIDUAL, Role.OPERATIONAL),
    AGREEMENTS(Granularity.AGGREGATE, Role.ADMIN),
    AUDIT(Granularity.AGGREGATE, Role.ADMIN);

    private final Granularity granularity;
    private final Role leastRole;

    Access(Granularity granularity, Role leastRole) {
        this.granularity = granularity;
        this.leastRole = leastRole;
    }

    public Granularity granularity() {
        return granularity;
    }

    public Role leastRole() {
        return leastRole;
    }
}
