package org.jigsaw.cohort;

/**
 * A named cohort.
 *
 * @param group a heading to list cohorts under (e.g. "Learning disability triangulation")
 */
public record CohortDefinition(String name, String title, String description, String group, Criterion where) {
}
