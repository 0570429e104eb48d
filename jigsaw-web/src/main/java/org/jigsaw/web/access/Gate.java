package org.jigsaw.web.access;

import org.jigsaw.govern.AccessDecision;
import org.jigsaw.web.auth.Principal;

/** Answers, for every request, whether this user may see this at this level, for this purpose. */
public interface Gate {

    /**
     * @param purpose null for the purpose of {@link #purposeOf}; required for individual children
     * @param team    the locality the child belongs to, for the user's remit; null before the child is known
     */
    AccessDecision decide(Principal user, Access access, String purpose, String team);

    default boolean allows(Principal user, Access access) {
        return decide(user, access, null, null).allowed();
    }

    /**
     * The agreement purpose a view of this kind is allowed and audited under for this user, when
     * the view does not ask the user for one; null when none applies or none is granted.
     */
    String purposeOf(Principal user, Access access);

    /** May this view show {@code field} of a record from {@code dataset} to the user, for {@code purpose}? */
    boolean shows(Principal user, Access access, String purpose, String dataset, String field);
}
