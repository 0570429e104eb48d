package org.jigsaw.synth;

import java.time.LocalDate;

/** Draws every person's life, in dependency order, each domain from its own random stream. */
final class LifeGenerator {
    private final Seeds seeds;
    private final EarlyYearsLife early = new EarlyYearsLife();
    private final SocialCareLife socialCare;
    private final EducationLife education;
    private final HealthLife health;
    private final TransitionLife transition;

    LifeGenerator(Seeds seeds, LocalDate base, LocalDate horizon) {
        this.seeds = seeds;
        this.socialCare = new SocialCareLife(base, horizon);
        this.education = new EducationLife(base, horizon);
        this.health = new HealthLife(base, horizon);
        this.transition = new TransitionLife(base, horizon);
    }

    /**
     * Lives are independent (each from the person's own streams, written only to that person's
     * Life), so they are drawn in parallel without changing a single value.
     */
    void generate(Universe universe) {
        universe.persons().parallelStream().forEach(p -> {
            early.generate(p, seeds.stream("early", p.index()));
            socialCare.generate(p, seeds.stream("social-care", p.index()));
            education.generate(p, seeds.stream("education", p.index()));
            health.generate(p, seeds.stream("health", p.index()));
            transition.generate(p, seeds.stream("transition", p.index()));
        });
    }
}
