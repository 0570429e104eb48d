package org.jigsaw.cohort;

import java.time.LocalDate;

/**
 * What cohort SQL is evaluated against besides the data: the reference date (statuses, ages and
 * windows are relative to it), the rate denominator and the area's own ICB.
 *
 * @param population resident population in the area's age range (area.yaml {@code population})
 * @param icbCode    the ICB the {@code icb_registered} geography means when it names none
 */
public record EvaluationContext(LocalDate referenceDate, long population, String icbCode) {

    public EvaluationContext {
        if (referenceDate == null) throw new IllegalArgumentException("a reference date is needed to evaluate cohorts");
    }

    public static EvaluationContext of(org.jigsaw.area.AreaConfig area) {
        return new EvaluationContext(area.referenceDate() == null ? LocalDate.now() : area.referenceDate(),
                area.population(), area.icbCode());
    }
}
