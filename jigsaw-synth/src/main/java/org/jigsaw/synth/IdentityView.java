package org.jigsaw.synth;

import java.time.LocalDate;
import java.util.List;

/**
 * A person as one agency's record shows them, faults and all.
 *
 * @param dob        the recorded date of birth (possibly day/month swapped)
 * @param nhsNumber  10 digits or null
 * @param faults     what was planted, for {@code truth/faults.csv}
 */
public record IdentityView(String given, String middle, String family, String formerFamily, LocalDate dob,
                           String sex, String postcode, String nhsNumber, String upn, String formerUpn,
                           List<Fault> faults) {
}
