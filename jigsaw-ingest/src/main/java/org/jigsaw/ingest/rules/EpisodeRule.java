package org.jigsaw.ingest.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A rule over each child's episodes in start-date order (SSDA903 continuity: an episode that
 * continues care starts the day the previous one ended). Rows whose start is not a date are left
 * to the row rule that reports them.
 *
 * @param child column holding the child's id
 * @param start column holding the episode's start date
 * @param end   column holding the episode's end date (blank while open)
 * @param reasonNew   column holding the reason the episode began
 * @param reasonEnded column holding the reason the episode ended
 */
public record EpisodeRule(String code, String message, RuleSeverity severity, String child, String start, String end,
                          String reasonNew, String reasonEnded, Sequence sequence) implements Rule {

    /** One episode as the sequence checks see it; codes stripped and upper case, dates null when blank. */
    public record Episode(LocalDate start, LocalDate end, String reasonNew, String reasonEnded) {
    }

    /** Episodes failing among one child's episodes, given in start-date order. */
    @FunctionalInterface
    public interface Sequence {
        long failures(List<Episode> ordered);
    }

    @Override
    public Tally start(RuleContext context) {
        return new Tally() {
            private final Map<String, List<Episode>> byChild = new HashMap<>();

            @Override
            public void accept(Values row) {
                String id = Codes.clean(row.get(child));
                LocalDate from = context.date(row.get(start));
                if (id == null || from == null) return;
                byChild.computeIfAbsent(id, k -> new ArrayList<>(2)).add(new Episode(from, context.date(row.get(end)),
                        Codes.clean(row.get(reasonNew)), Codes.clean(row.get(reasonEnded))));
            }

            @Override
            public long failures() {
                long n = 0;
                for (List<Episode> eps : byChild.values()) {
                    eps.sort(Comparator.comparing(Episode::start));
                    n += sequence.failures(eps);
                }
                return n;
            }
        };
    }
}
