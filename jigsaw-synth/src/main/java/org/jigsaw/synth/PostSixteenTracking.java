package org.jigsaw.synth;

/**
 * Whom the council's post-16 tracking (NCCIS) follows: residents of academic age 16–17, and young
 * people up to 25 with an EHC plan. A NEET spell outside that is no one's record, so it is neither
 * extracted nor part of the truth a NEET count is checked against.
 */
public final class PostSixteenTracking {
    private PostSixteenTracking() {
    }

    public static boolean tracks(Person p, Spell s) {
        if (!p.residentOn(s.start())) return false;
        if (p.academicAge(s.start()) <= 17) return true;
        return p.life().planOn(s.start()) != null && p.ageOn(s.start()) <= 25;
    }
}
