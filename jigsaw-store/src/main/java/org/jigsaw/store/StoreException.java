package org.jigsaw.store;

/** A snapshot could not be written or read; the message says which and why, never row content. */
public class StoreException extends RuntimeException {
    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }

    public StoreException(String message) {
        super(message);
    }
}
