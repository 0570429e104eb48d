package org.jigsaw.synth;

import java.time.LocalDate;
import java.util.Map;

/**
 * What {@code jigsaw synth} wrote.
 *
 * @param rowsBySource records written per source, in writing order
 * @param population   residents aged 0–25 on the reference date (area.yaml's denominator)
 * @param persons      persons described in truth/persons.csv
 */
public record SynthResult(LocalDate referenceDate, Map<String, Integer> rowsBySource, long population, long persons,
                          long records, long faults) {
}
