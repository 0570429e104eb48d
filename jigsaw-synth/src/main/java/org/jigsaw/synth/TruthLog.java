package org.jigsaw.synth;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Collects which person every record belongs to and every fault planted, while extracts are written. */
public final class TruthLog {
    /** @param line physical line (CSV), sheet row (XLSX) or 0 when not meaningful (XML) */
    public record FaultRow(String source, String recordKey, long line, FaultKind kind, String field) {
    }

    public record RecordLink(String recordKey, String personId) {
    }

    private final List<RecordLink> records = new ArrayList<>();
    private final List<FaultRow> faults = new ArrayList<>();
    private final Set<String> keys = new HashSet<>();
    private final Set<String> personsSeen = new HashSet<>();

    public void record(String key, Person p) {
        if (!keys.add(key)) throw new IllegalStateException("record key minted twice: " + key.split(":")[0]);
        records.add(new RecordLink(key, p.id()));
        personsSeen.add(p.id());
    }

    public void fault(String source, String key, long line, FaultKind kind, String field) {
        faults.add(new FaultRow(source, key, line, kind, field == null ? "" : field));
    }

    public List<RecordLink> records() {
        return records;
    }

    public List<FaultRow> faults() {
        return faults;
    }

    public boolean seen(Person p) {
        return personsSeen.contains(p.id());
    }
}
