package org.jigsaw.privacy;

/** Encodings made, or about to be made, with a key other than the one agreed. */
public class WrongKeyException extends IllegalArgumentException {
    public WrongKeyException(String message) {
        super(message);
    }
}
