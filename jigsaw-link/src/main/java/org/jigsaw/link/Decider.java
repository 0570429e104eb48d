package org.jigsaw.link;

import java.util.ArrayList;
import java.util.List;
import org.jigsaw.link.model.PatternSpace;
import org.jigsaw.link.model.FellegiSunter;
import org.jigsaw.link.spec.LinkSpec;

/**
 * What becomes of a scored pair, for every engine: a deterministic rule links; otherwise the match
 * probability against the spec's thresholds, except that a pair above the accept threshold whose
 * comparison pattern agrees on none of the spec's {@code evidence_required} comparisons goes to
 * review (names and a birth date alone must not link two records).
 */
public final class Decider {

    private final PatternSpace space;
    private final int[] evidence;
    private final double accept, review;

    public Decider(LinkSpec eff, PatternSpace space) {
        this.space = space;
        List<Integer> e = new ArrayList<>();
        for (int k = 0; k < space.size(); k++) {
            if (eff.evidenceRequired().contains(space.comparisons().get(k).name())) e.add(k);
        }
        this.evidence = e.stream().mapToInt(Integer::intValue).toArray();
        this.accept = eff.thresholds().accept();
        this.review = eff.thresholds().review();
    }

    /** Whether a comparison pattern agrees, at some level other than null and else, on an evidence comparison. */
    public boolean evidence(long pattern) {
        if (evidence.length == 0) return true;
        for (int k : evidence) {
            int level = space.level(pattern, k);
            if (level != 0 && level != space.comparisons().get(k).elseLevel()) return true;
        }
        return false;
    }

    public Decision decide(double weight, boolean deterministic, boolean evidence) {
        return decide(accept, review, weight, deterministic, evidence);
    }

    public double accept() {
        return accept;
    }

    public double review() {
        return review;
    }

    /** The rule itself, on plain values: what a distributed engine evaluates on its workers. */
    public static Decision decide(double accept, double review, double weight, boolean deterministic, boolean evidence) {
        if (deterministic) return Decision.DETERMINISTIC;
        double p = FellegiSunter.probability(weight);
        if (p >= accept) return evidence ? Decision.ACCEPTED : Decision.REVIEW;
        return p >= review ? Decision.REVIEW : Decision.REJECTED;
    }
}
