package org.jigsaw.schedule;

/** How a refresh ended. */
public enum RefreshStatus {
    /** a new snapshot was written, checked and made current */
    OK,
    /** the run stopped; the previous snapshot is still current */
    FAILED
}
