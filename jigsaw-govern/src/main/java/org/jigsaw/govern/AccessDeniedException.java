package org.jigsaw.govern;

/** A read the policy gate refused; the message is the gate's reason, safe to show the user. */
public class AccessDeniedException extends RuntimeException {
    public AccessDeniedException(String reason) {
        super(reason);
    }
}
