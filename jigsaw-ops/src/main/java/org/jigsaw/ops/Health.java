package org.jigsaw.ops;

/** The one-word answer monitoring wants. */
public enum Health {
    /** a current snapshot is served, the last refresh worked, no source is stale */
    UP,
    /** data is served but something needs attention (failed refresh, stale source, old snapshot) */
    DEGRADED,
    /** nothing can be served: no current snapshot, or it cannot be read */
    DOWN
}
