package org.jigsaw.govern;

/**
 * Views that are not about one dataset's data, and the least role that may open each. Roles are
 * cumulative: each sees what the one before it sees, and more.
 */
public enum Capability {
    /** suppressed counts, rates and KPIs */
    AGGREGATES(Role.BOARD),
    /** data-quality findings, quarantine counts, source reconciliation */
    DATA_QUALITY(Role.ANALYST),
    /** linkage quality: match-weight distributions, precision/recall estimates */
    LINKAGE_QUALITY(Role.ANALYST),
    /** the clerical review queue of uncertain pairs */
    REVIEW(Role.ANALYST),
    /** drill-down to individual children, purpose recorded */
    INDIVIDUALS(Role.OPERATIONAL),
    /** the data-sharing agreements and their status */
    AGREEMENTS(Role.ADMIN),
    /** the audit log and its report */
    AUDIT(Role.ADMIN);

    private final Role least;

    Capability(Role least) {
        this.least = least;
    }

    public Role leastRole() {
        return least;
    }

    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
