package org.jigsaw.feed;

import java.util.List;
import java.util.Locale;

/**
 * The feeds Jigsaw writes for partners. Each names the agreement purpose that must permit it and
 * the facts it discloses, so the policy check can ask for exactly those.
 */
public enum FeedKind {
    /** EHC plan starts, need changes and cessations for the health partner, keyed by NHS number */
    EHCP("ehcp_feed", List.of("ehc_plan", "primary_need")),
    /** pre-school children with a disability known to health but not to the SEND service */
    EARLY_YEARS("early_years_feed", List.of("early_disability", "disability"));

    private final String purpose;
    private final List<String> facts;

    FeedKind(String purpose, List<String> facts) {
        this.purpose = purpose;
        this.facts = facts;
    }

    /** The purpose key an agreement must declare to permit this feed. */
    public String purpose() {
        return purpose;
    }

    /**
     * Fact keys the feed discloses. An agreement covers the EHCP feed when its datasets contribute
     * {@code ehc_plan}; the early-years feed when they contribute either disability fact.
     */
    public List<String> facts() {
        return facts;
    }

    /** Whether a set of contributed fact keys covers what this feed discloses. */
    public boolean coveredBy(java.util.Collection<String> contributedFacts) {
        return this == EHCP ? contributedFacts.contains("ehc_plan")
                : facts.stream().anyMatch(contributedFacts::contains);
    }

    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
