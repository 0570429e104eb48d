package org.jigsaw.schedule;

/**
 * How a refresh ended. The log holds OK, FAILED, SKIPPED and STARTED lines; a reader turns a
 * STARTED line that no outcome followed into RUNNING or INTERRUPTED ({@link RefreshLog#all}).
 */
public enum RefreshStatus {
    /** a new snapshot was written, checked and made current */
    OK,
    /** the run stopped; the previous snapshot is still current */
    FAILED,
    /** refused because another refresh of the area held the lock; nothing was changed */
    SKIPPED,
    /** written, and forced to disk, when a run has the lock and before it does any work */
    STARTED,
    /** a started run with no outcome yet, whose process still holds the refresh lock */
    RUNNING,
    /** a started run with no outcome whose process is gone (killed, out of memory, power loss) */
    INTERRUPTED;

    /** Counts as a failed refresh: for health, the banner and the failure metrics. */
    public boolean failed() {
        return this == FAILED || this == INTERRUPTED;
    }

    /** A run that got to try: it says something about whether refreshes work (SKIPPED and RUNNING do not, yet). */
    public boolean attempted() {
        return this == OK || failed();
    }
}
