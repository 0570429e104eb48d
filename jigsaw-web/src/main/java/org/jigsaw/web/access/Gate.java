package org.jigsaw.web.access;

import org.jigsaw.govern.AccessDecision;
import org.jigsaw.web.auth.Principal;

/** Answers, for every request, whether this user may see this at this level, for this purpose. */
public interface Gate {

    /**
     * @param purpose null for views that need only the role's capability; required for individuals
     * @param team    the locality the child belongs to, for the user's remit; null before the child is known
     */
    AccessDecision decide(Principal user, Access access, String purpose, String team);

    default boolean allows(Principal user, Access access) {
        return decide(user, access, null, null).allowed();
    }
}
