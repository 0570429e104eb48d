package org.jigsaw.web.auth;

import java.util.Optional;

/**
 * Turns credentials into a signed-in user. The embedded default checks {@code users.yaml};
 * an OpenID Connect implementation replaces it without touching sessions, CSRF or the policy gate.
 * Implementations must take the same time whether or not the user exists.
 */
public interface Authenticator {

    Optional<Principal> authenticate(Credentials credentials);

    /** Adds {@code extra} users in front of this one (used by the load benchmark's one-off account). */
    default Authenticator or(Authenticator extra) {
        Authenticator self = this;
        return c -> extra.authenticate(c).or(() -> self.authenticate(c));
    }
}
