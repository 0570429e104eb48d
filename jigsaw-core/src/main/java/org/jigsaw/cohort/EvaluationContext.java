package org.jigsaw.cohort;

import java.time.LocalDate;

/**
 * What cohort SQL is evaluated against besides the data: the reference date (statuses, ages and
 * windows are relative to it), the rate denominator, the area's own ICB and its age scope.
 *
 * @param population resident population in the area's age range (area.yaml {@code population})
 * @param icbCode    the ICB the {@code icb_registered} geography means when it names none
 * @param ageMin     youngest age in scope, or null for no scope
 * @param ageMax     oldest age in scope, or null; persons outside the scope are in no cohort (so
 *                   rates share the population's age range); a person with no known DOB stays in
 */
public record EvaluationContext(LocalDate referenceDate, long population, String icbCode, Integer ageMin, Integer ageMax) {

    public EvaluationContext {
        if (referenceDate == null) throw new IllegalArgumentException("a reference date is needed to evaluate cohorts");
    }

    /** No age scope. */
    public EvaluationContext(LocalDate referenceDate, long population, String icbCode) {
        this(referenceDate, population, icbCode, null, null);
    }

    public static EvaluationContext of(org.jigsaw.area.AreaConfig area) {
        boolean scoped = area.ageMax() > 0;
        return new EvaluationContext(area.requiredReferenceDate(),
                area.population(), area.icbCode(), scoped ? area.ageMin() : null, scoped ? area.ageMax() : null);
    }
}
