package org.jigsaw.web.snapshot;

/** A snapshot could not be found, opened or queried. */
public final class SnapshotException extends RuntimeException {
    public SnapshotException(String message, Throwable cause) {
        super(message, cause);
    }

    public SnapshotException(String message) {
        super(message);
    }
}
