package org.jigsaw.store;

import java.time.LocalDate;

/** One KPI value in one kept snapshot. */
public record TrendPoint(String runId, LocalDate referenceDate, Double value, Long numerator, Long denominator, String unit) {
}
