package org.jigsaw.schedule;

/**
 * One pipeline run into a new snapshot. It must make the snapshot current only once it is complete
 * and checked (the store's atomic switch), so a failure leaves the previous one serving.
 */
@FunctionalInterface
public interface RefreshJob {

    /** Runs the refresh; returns the name of the snapshot it made current. */
    String run() throws Exception;

    static RefreshJob of(Runnable runnable) {
        return () -> {
            runnable.run();
            return null;
        };
    }
}
