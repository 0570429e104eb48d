package org.jigsaw.synth;

import java.time.LocalDate;

/**
 * A suspension (FIXD) or permanent exclusion (PERM) from school.
 *
 * @param sessions half-day sessions (suspensions)
 * @param reason   DfE exclusion reason code
 */
public record Exclusion(LocalDate date, String category, int sessions, String reason) {
}
