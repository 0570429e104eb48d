package org.jigsaw.feed;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What an EHC plan feed carries for a window, and who it had to leave out.
 *
 * @param changes                  changes for children with exactly one valid NHS number
 * @param withoutValidNhsNumber    children with a change but no valid NHS number: counted, not fed
 * @param withConflictingNhsNumbers children with a change and two or more different valid NHS
 *                                 numbers on their linked records: counted, not fed (a human decides)
 * @param contradictoryPlans       plan records touching the window that end before they start: left
 *                                 out (the rest of the child's plans are still fed) and listed
 */
public record EhcpFeedContent(LocalDate since, LocalDate asAt, List<EhcpChange> changes,
                              int withoutValidNhsNumber, int withConflictingNhsNumbers,
                              List<ContradictoryPlan> contradictoryPlans) {

    public EhcpFeedContent {
        changes = List.copyOf(changes);
        contradictoryPlans = List.copyOf(contradictoryPlans);
    }

    public Map<EhcpChangeKind, Integer> countsByKind() {
        Map<EhcpChangeKind, Integer> counts = new EnumMap<>(EhcpChangeKind.class);
        for (EhcpChangeKind k : EhcpChangeKind.values()) {
            counts.put(k, 0);
        }
        changes.forEach(c -> counts.merge(c.kind(), 1, Integer::sum));
        return counts;
    }

    public long childrenFed() {
        return changes.stream().map(EhcpChange::personId).distinct().count();
    }
}
