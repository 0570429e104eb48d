package org.jigsaw.govern;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jigsaw.cohort.Fact;
import org.jigsaw.record.Field;
import org.jigsaw.record.SourceRecord;

/**
 * Whether a source may be ingested on a date, and if so what of it may be kept. Made by
 * {@link AgreementSet#admit}; the ingest stage applies {@link #filter} to every record and
 * {@link #keep(Fact)} to every fact, so a field outside the agreement is never stored.
 *
 * @param source          the source's name
 * @param dataset         the dataset its agreement refers to
 * @param admitted        false: the source is not ingested at all ({@link #reason} says why)
 * @param reason          why (for the run log; names agreements and dates, never data)
 * @param agreements      ids of the in-force agreements covering the dataset
 * @param fields          canonical fields that may be stored
 * @param facts           fact types that may be derived
 * @param droppedFields   fields the source maps that no agreement allows (they are discarded)
 * @param retentionCutoff facts that ended before this date are past retention; null = no limit
 */
public record Admission(String source, String dataset, boolean admitted, String reason, List<String> agreements,
                        Set<Field> fields, Set<String> facts, List<String> droppedFields, LocalDate retentionCutoff) {

    public Admission {
        agreements = List.copyOf(agreements);
        fields = Set.copyOf(fields);
        facts = Set.copyOf(facts);
        droppedFields = List.copyOf(droppedFields);
    }

    static Admission refused(String source, String dataset, String reason) {
        return new Admission(source, dataset, false, reason, List.of(), Set.of(), Set.of(), List.of(), null);
    }

    /** The record with every field outside the agreement removed; null when the source is refused. */
    public SourceRecord filter(SourceRecord record) {
        if (!admitted) return null;
        Map<Field, String> kept = new EnumMap<>(Field.class);
        record.values().forEach((f, v) -> {
            if (fields.contains(f)) kept.put(f, v);
        });
        return new SourceRecord(record.key(), record.source(), record.file(), record.line(), kept);
    }

    /** True when the fact's type is shared under the agreement and it is not past retention. */
    public boolean keep(Fact fact) {
        if (!admitted || !facts.contains(fact.type())) return false;
        if (retentionCutoff == null) return true;
        LocalDate last = fact.end() != null ? fact.end() : fact.start();
        // open statuses are current, so never past retention
        if (fact.end() == null && fact.start() != null) return true;
        return last == null || !last.isBefore(retentionCutoff);
    }
}
