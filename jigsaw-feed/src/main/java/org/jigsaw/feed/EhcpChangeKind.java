package org.jigsaw.feed;

/** What happened to a child's EHC plan that the health partner needs to know. */
public enum EhcpChangeKind {
    /** a plan episode began */
    STARTED,
    /** the plan's primary type of need changed while the plan was in force */
    NEED_CHANGED,
    /** the plan episode ended */
    CEASED
}
