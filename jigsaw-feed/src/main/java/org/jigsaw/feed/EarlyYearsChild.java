package org.jigsaw.feed;

import java.time.LocalDate;
import java.util.List;

/**
 * A pre-school child with a disability identified by health and no contact with the SEND service.
 *
 * @param nhsNumber       the one valid NHS number on the child's records, or null (listed anyway:
 *                        the SEND service plans places; the health partner can identify the child)
 * @param postcodeDistrict outward code only: enough to plan provision, no more
 * @param disabilities    codes of the disability facts, sorted
 * @param firstIdentified earliest date health recorded a disability
 * @param sources         health sources that recorded it
 */
public record EarlyYearsChild(String personId, String nhsNumber, LocalDate dob, String sex, String postcodeDistrict,
                              List<String> disabilities, LocalDate firstIdentified, List<String> sources) {

    public int ageInMonths(LocalDate asAt) {
        return (int) java.time.temporal.ChronoUnit.MONTHS.between(dob, asAt);
    }
}
