package org.jigsaw.govern;

/**
 * Turns an internal person ID into the pseudonymous ID shown outside the core (cohort member
 * lists, exports of individuals). Same input, same output, for as long as the key lives.
 */
public interface PersonIdPseudonymiser {
    String pseudonym(String personId);
}
