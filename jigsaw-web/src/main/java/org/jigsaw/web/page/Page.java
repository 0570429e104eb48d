package org.jigsaw.web.page;

import org.jigsaw.web.access.Access;

/**
 * A dashboard page built from tables. Pages only compute figures; layout, CSV, the API,
 * the policy gate and the audit are the server's job, identical for every page.
 */
public interface Page {

    /** URL path, e.g. {@code /cohorts}; the API serves the same data at {@code /api/cohorts}. */
    String path();

    /** The short name in the navigation. */
    String navLabel();

    Access access();

    /** The dataset names this page draws on, for the policy gate (null: area-wide aggregates). */
    default String dataset() {
        return null;
    }

    /** Whether the result depends only on the snapshot and the parameters (so it may be cached). */
    default boolean cacheable() {
        return true;
    }

    PageData build(PageRequest request);
}
