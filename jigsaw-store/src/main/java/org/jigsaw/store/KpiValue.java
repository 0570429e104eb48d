package org.jigsaw.store;

/**
 * One {@code kpi_value} row. {@code breakdown} is '' for the headline, else e.g. {@code age_band=5-10}
 * or {@code geography=la_resident}. {@code value} is null when undefined (nothing to measure).
 */
public record KpiValue(String kpi, String breakdown, Double value, Long numerator, Long denominator, String unit) {

    public boolean headline() {
        return breakdown == null || breakdown.isEmpty();
    }
}
