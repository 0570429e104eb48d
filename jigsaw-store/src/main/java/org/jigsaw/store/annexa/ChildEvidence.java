package org.jigsaw.store.annexa;

import java.time.LocalDate;
import java.util.List;

/** What the snapshot holds on one linked child that the lists draw on: the person row, its records' identifiers, its facts. */
record ChildEvidence(String personId, LocalDate dob, String sex, List<SourceIds> ids, List<SourceFact> facts) {

    ChildEvidence {
        ids = List.copyOf(ids);
        facts = List.copyOf(facts);
    }

    /** Has a status of {@code type} (a fact type key) in force on {@code day}, from any source. */
    boolean active(String type, LocalDate day) {
        return facts.stream().anyMatch(f -> f.type().equals(type) && f.activeOn(day));
    }
}
