package org.jigsaw.store.annexa;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Which source a list takes a value from when a child's linked records disagree. Annex A is the
 * education service's return, so its sources come first (they hold the UPN, the plan and the need
 * as the SEN team records them), then children's social care, then health, then any other agency;
 * among sources of the same agency the most recent extract, then the source name so a rerun gives
 * the same list.
 */
final class SourceTrust {
    /** Anything that came from one source. */
    interface Sourced {
        String source();

        String agency();

        LocalDate extractDate();
    }

    private static final List<String> AGENCIES = List.of("education", "social_care", "health");

    static final Comparator<Sourced> MOST_TRUSTED_FIRST = Comparator
            .comparingInt((Sourced s) -> rank(s.agency()))
            .thenComparing(Sourced::extractDate, Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(Sourced::source, Comparator.nullsLast(Comparator.naturalOrder()));

    private SourceTrust() {
    }

    private static int rank(String agency) {
        int i = agency == null ? -1 : AGENCIES.indexOf(agency.strip().toLowerCase(Locale.ROOT));
        return i < 0 ? AGENCIES.size() : i;
    }
}
