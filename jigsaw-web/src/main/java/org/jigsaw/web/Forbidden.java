package org.jigsaw.web;

/** Thrown when the gate refuses a request; rendered as 403 (the refusal is audited where it is thrown). */
final class Forbidden extends RuntimeException {
    Forbidden(String reason) {
        super(reason);
    }
}
