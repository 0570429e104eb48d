package org.jigsaw.web.access;

import org.jigsaw.web.auth.Principal;

/** Answers, for every request, whether this user may see this at this level, for this purpose. */
public interface Gate {

    /** @param purpose null for aggregate pages, required for individual-level access */
    boolean allows(Principal user, Access access, String dataset, String purpose);
}
