package org.jigsaw.web.auth;

import java.time.Instant;

/**
 * A server-side session: the cookie carries only the random id. {@code principal} is null for
 * the short pre-sign-in session that holds the sign-in form's CSRF token.
 */
public record Session(String id, Principal principal, String csrfToken, Instant created, Instant lastSeen) {

    public boolean signedIn() {
        return principal != null;
    }

    Session touched(Instant now) {
        return new Session(id, principal, csrfToken, created, now);
    }
}
