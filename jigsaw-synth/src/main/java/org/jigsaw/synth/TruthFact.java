package org.jigsaw.synth;

import java.time.LocalDate;

/** A true status, event or attribute of a person, as {@code truth/facts.csv} lists it. */
public record TruthFact(String personId, String type, String code, LocalDate start, LocalDate end, String value) {
}
