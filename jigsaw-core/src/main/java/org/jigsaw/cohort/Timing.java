package org.jigsaw.cohort;

import java.time.LocalDate;
import java.time.Period;

/**
 * When a fact must hold for a criterion to be true, always relative to an evaluation date
 * (the area's reference date unless the definition names a date).
 */
public sealed interface Timing {

    /** A status active on the date (an event: on that very date). {@code on} null = reference date. */
    record Active(LocalDate on) implements Timing {
    }

    /** Started on or before the reference date, whenever. */
    record Ever() implements Timing {
    }

    /** A status overlapping, or an event dated in, the window (reference date − period, reference date]. */
    record Within(Period period) implements Timing {
    }

    /** The default reading of a fact with no {@code when}: statuses now, events and attributes ever. */
    static Timing defaultFor(FactType type) {
        return type.kind() == FactType.Kind.STATUS ? new Active(null) : new Ever();
    }
}
