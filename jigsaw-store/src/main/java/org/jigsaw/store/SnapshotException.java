package org.jigsaw.store;

/**
 * A snapshot could not be found, opened or queried: for a server, "nothing to serve yet" rather than
 * a fault. A {@link StoreException}, so callers that catch those still catch it.
 */
public final class SnapshotException extends StoreException {
    public SnapshotException(String message, Throwable cause) {
        super(message, cause);
    }

    public SnapshotException(String message) {
        super(message);
    }
}
