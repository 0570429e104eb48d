package org.jigsaw.area;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;

/**
 * {@code area.yaml}: the local area a folder describes.
 *
 * @param name          e.g. "Synthshire"
 * @param laCode        DfE 3-digit LA code
 * @param onsCode       ONS 9-character LA code
 * @param icbCode       the ICB most residents are registered with
 * @param referenceDate the date statuses and ages are evaluated at
 * @param ageMin        youngest age in scope (0)
 * @param ageMax        oldest age in scope (25)
 * @param population    resident population aged ageMin..ageMax: the denominator for rates per 10,000
 * @param postcodeDistricts postcode districts inside the LA boundary (residence filter)
 * @param refresh       cron expression for the scheduled refresh, optional
 */
public record AreaConfig(
        String name,
        @JsonProperty("la_code") String laCode,
        @JsonProperty("ons_code") String onsCode,
        @JsonProperty("icb_code") String icbCode,
        @JsonProperty("reference_date") LocalDate referenceDate,
        @JsonProperty("age_min") int ageMin,
        @JsonProperty("age_max") int ageMax,
        long population,
        @JsonProperty("postcode_districts") java.util.List<String> postcodeDistricts,
        String refresh) {
    /** Why an area without a reference date is refused. */
    public static final String NO_REFERENCE_DATE = "reference_date is missing: give the date the extracts describe, "
            + "e.g. reference_date: 2026-03-31 (Jigsaw never assumes today's date, which would change every answer from one day to the next)";

    /**
     * The reference date every status and age is evaluated at; an area without one is an error,
     * never today's date, so a refresh run twice gives the same answers.
     */
    public LocalDate requiredReferenceDate() {
        if (referenceDate == null) throw new IllegalStateException("area.yaml: " + NO_REFERENCE_DATE);
        return referenceDate;
    }
}
