package org.jigsaw.cohort;

import java.time.LocalDate;

/**
 * Something a source says about the child behind one record: a status with a start and an end
 * (end null = still active), an event on a date (start = end = the date), or an attribute.
 * Facts are attached to records at ingest; after linkage they belong to the record's person.
 *
 * @param recordKey {@link org.jigsaw.record.SourceRecord#key()} of the record that yields it
 * @param type      one of {@link FactType}'s keys, e.g. {@code ehc_plan}
 * @param code      optional code qualifying the fact (primary need, abuse category, service…)
 * @param value     optional free value (e.g. a number of days)
 */
public record Fact(String recordKey, String source, String type, String code,
                   LocalDate start, LocalDate end, String value) {

    public boolean activeOn(LocalDate date) {
        return start != null && !start.isAfter(date) && (end == null || !end.isBefore(date));
    }
}
