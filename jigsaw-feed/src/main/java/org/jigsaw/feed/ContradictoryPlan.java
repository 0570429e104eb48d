package org.jigsaw.feed;

import java.time.LocalDate;

/**
 * An EHC plan fact whose end date is before its start date: a FHIR period cannot carry it
 * (invariant per-1), so the feed leaves the record out and lists it in its summary instead of
 * refusing the whole window.
 *
 * @param recordKey internal record key; only ever written out as a keyed pseudonym
 */
public record ContradictoryPlan(String source, String recordKey, LocalDate start, LocalDate end) {
}
