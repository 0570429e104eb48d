package org.jigsaw.schedule;

import org.jigsaw.store.RefreshLock;

/**
 * One pipeline run into a new snapshot. It must make the snapshot current only once it is complete
 * and checked (the store's atomic switch), so a failure leaves the previous one serving.
 */
@FunctionalInterface
public interface RefreshJob {

    /**
     * Runs the refresh under the area's refresh lock, which the scheduler holds from before the
     * run is logged as started until its outcome is logged; returns the snapshot it made current.
     */
    String run(RefreshLock held) throws Exception;
}
