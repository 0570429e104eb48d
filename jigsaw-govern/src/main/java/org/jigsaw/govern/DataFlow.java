package org.jigsaw.govern;

import java.util.List;

/**
 * One row of the DPIA data-flow summary: what flows from whom, why, on which basis, for how long.
 *
 * @param agreement  agreement id
 * @param status     the agreement's status on the report date
 * @param dataset    dataset name
 * @param provider   who sends it
 * @param sources    source definitions reading it (empty: agreed but no extract configured)
 * @param fields     identifying fields that flow (after the agreement's filter)
 * @param facts      facts derived
 * @param discarded  fields the sources map but the agreement does not allow (never stored)
 * @param purposes   purposes
 * @param basis      lawful basis in words
 * @param access     who sees it, e.g. "board+: aggregate (send_planning)"
 * @param retention  e.g. "7 years from extract date"
 * @param period     start – end
 * @param suppression the disclosure control applied to aggregates
 */
public record DataFlow(String agreement, AgreementStatus status, String dataset, String provider, List<String> sources,
                       List<String> fields, List<String> facts, List<String> discarded, List<String> purposes,
                       String basis, List<String> access, String retention, String period, String suppression) {
}
