package org.jigsaw.synth;

import java.time.LocalDate;

/**
 * A request for an EHC needs assessment and what came of it.
 *
 * @param requested      request received by the LA
 * @param issued         final plan issued (null when the LA decided not to assess or not to issue)
 * @param ceased         plan ceased (null = active)
 * @param ceaseReason    SEN2 cease reason 1–9
 * @param need           primary need (School Census SENtype)
 * @param secondNeed     secondary need or null
 * @param specifiesSlt   the plan's health section specifies speech and language therapy
 */
public record EhcPlan(LocalDate requested, LocalDate issued, LocalDate ceased, String ceaseReason,
                      String need, String secondNeed, boolean specifiesSlt) {

    public boolean activeOn(LocalDate date) {
        return issued != null && !issued.isAfter(date) && (ceased == null || ceased.isAfter(date));
    }

    public boolean refused() {
        return issued == null;
    }
}
