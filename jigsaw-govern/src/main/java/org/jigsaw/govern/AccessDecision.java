package org.jigsaw.govern;

/**
 * The {@link PolicyGate}'s answer.
 *
 * @param allowed   may the request go ahead
 * @param reason    why, in words a user and the DPO understand (names rules and agreements, never data)
 * @param agreement the agreement that permits it (its pseudonym key and suppression rule apply); null when
 *                  denied or when no agreement is involved (e.g. a role capability)
 */
public record AccessDecision(boolean allowed, String reason, String agreement) {

    public AccessDecision(boolean allowed, String reason) {
        this(allowed, reason, null);
    }

    public static AccessDecision allow(String reason, String agreement) {
        return new AccessDecision(true, reason, agreement);
    }

    public static AccessDecision deny(String reason) {
        return new AccessDecision(false, reason, null);
    }

    /** Throws {@link AccessDeniedException} when denied, so a read path cannot forget to check. */
    public AccessDecision orThrow() {
        if (!allowed) throw new AccessDeniedException(reason);
        return this;
    }
}
