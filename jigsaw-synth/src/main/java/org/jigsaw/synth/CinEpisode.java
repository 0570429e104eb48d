package org.jigsaw.synth;

import java.time.LocalDate;
import java.util.List;

/**
 * One children-in-need episode (referral to closure) as the CIN census records it.
 *
 * @param referral       CINreferralDate
 * @param closure        CINclosureDate or null
 * @param referralSource CIN ReferralSource code
 * @param primaryNeed    N0–N9
 * @param closureReason  RC1–RC9 or null
 * @param nfa            referral with no further action
 * @param assessments    assessments in the episode
 * @param plans          child protection plans in the episode
 */
public record CinEpisode(LocalDate referral, LocalDate closure, String referralSource, String primaryNeed,
                         String closureReason, boolean nfa, List<Assessment> assessments,
                         List<ProtectionPlan> plans) {

    public boolean activeOn(LocalDate date) {
        return !referral.isAfter(date) && (closure == null || closure.isAfter(date));
    }

    /** @param factors CIN AssessmentFactors codes, exploitation factors first when present */
    public record Assessment(LocalDate start, LocalDate authorised, List<String> factors) {
    }

    /** @param category InitialCategoryOfAbuse NEG/PHY/SAB/EMO/MUL */
    public record ProtectionPlan(LocalDate start, LocalDate end, String category) {
    }
}
