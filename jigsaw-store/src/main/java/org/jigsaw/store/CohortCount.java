package org.jigsaw.store;

/** A cohort as evaluated in one snapshot, with its headline member count. */
public record CohortCount(String cohort, String title, String description, String group, long members) {
}
