package org.jigsaw.cohort;

import java.util.List;

/** A condition on one person; cohorts are boolean combinations of these. */
public sealed interface Criterion {

    record All(List<Criterion> of) implements Criterion {
        public All {
            of = List.copyOf(of);
        }
    }

    record Any(List<Criterion> of) implements Criterion {
        public Any {
            of = List.copyOf(of);
        }
    }

    record Not(Criterion of) implements Criterion {
    }

    /**
     * The person has a fact matching {@code match} at {@code timing}; if {@code during} is set, the
     * fact's start date must also fall while a {@code during} status of the same person was active
     * (e.g. "discharged from SLT while the EHC plan was active").
     */
    record HasFact(FactMatch match, Timing timing, FactMatch during) implements Criterion {
    }

    /** Age in whole years at the reference date, inclusive bounds. */
    record AgeBetween(int min, int max) implements Criterion {
        public AgeBetween {
            if (min < 0 || max < min) throw new IllegalArgumentException("age band " + min + "-" + max + " is empty");
        }
    }

    /**
     * Geography. Agencies draw different boundaries, so both readings are first-class:
     * {@code LA_RESIDENT} = lives in the LA (postcode inside its districts);
     * {@code ICB_REGISTERED} = registered with a GP practice in one of {@code icbCodes}
     * (empty = the area's own ICB).
     */
    record Geography(Kind kind, List<String> icbCodes) implements Criterion {
        public enum Kind { LA_RESIDENT, ICB_REGISTERED }

        public Geography {
            icbCodes = icbCodes == null ? List.of() : List.copyOf(icbCodes);
        }
    }

    /** Member of another cohort of the same set (inlined at compile time). */
    record InCohort(String name) implements Criterion {
    }
}
