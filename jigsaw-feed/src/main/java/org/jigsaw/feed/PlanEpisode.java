package org.jigsaw.feed;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * One continuous period under an EHC plan. Several sources (SEN2, the school census) report the
 * same plan with slightly different dates; overlapping or adjacent periods are one episode.
 */
record PlanEpisode(LocalDate start, LocalDate end) {

    boolean contains(LocalDate date) {
        return !start.isAfter(date) && (end == null || !end.isBefore(date));
    }

    /** Merges periods that overlap or touch (next starts on or the day after the end). */
    static List<PlanEpisode> merge(List<PlanEpisode> periods) {
        List<PlanEpisode> sorted = new ArrayList<>(periods);
        sorted.sort(Comparator.comparing(PlanEpisode::start));
        List<PlanEpisode> merged = new ArrayList<>();
        PlanEpisode current = null;
        for (PlanEpisode p : sorted) {
            if (current == null) {
                current = p;
            } else if (current.end == null || !p.start.isAfter(current.end.plusDays(1))) {
                LocalDate end = current.end == null || p.end == null ? null
                        : (p.end.isAfter(current.end) ? p.end : current.end);
                current = new PlanEpisode(current.start, end);
            } else {
                merged.add(current);
                current = p;
            }
        }
        if (current != null) {
            merged.add(current);
        }
        return merged;
    }
}
