package org.jigsaw.synth;

import java.time.LocalDate;

/** Where a person lived from a date. */
public record Address(String postcode, LocalDate from) {
}
