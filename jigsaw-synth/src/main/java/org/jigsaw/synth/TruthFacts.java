package org.jigsaw.synth;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jigsaw.cohort.FactType;

/**
 * A person's true facts as at a reference date, in the {@link FactType} vocabulary the cohorts
 * use: statuses started by the date (end shown only if it has happened), events up to the date.
 */
public final class TruthFacts {
    private TruthFacts() {
    }

    public static List<TruthFact> of(Person p, LocalDate ref, AreaProfile area) {
        List<TruthFact> out = new ArrayList<>();
        Life life = p.life();
        String id = p.id();
        GpRegistration gp = GpRegistration.of(p, area);
        status(out, id, FactType.GP_REGISTERED, gp.icb(), gp.start(), gp.end(), ref, null);
        // SEN support is a school's category (School Census provision K): a child is on it only while
        // on the roll of one of the area's schools, not after leaving for college, home education
        // or a school elsewhere, although the need itself (Life.senSupport) goes on.
        boolean pupil = Schooling.onRoll(p, ref);
        if (pupil) for (Spell s : life.senSupport) status(out, id, FactType.SEN_SUPPORT, s.code(), s.start(), s.end(), ref, null);
        for (EhcPlan e : life.ehc) {
            event(out, id, FactType.EHC_ASSESSMENT_REQUEST, null, e.requested(), ref);
            if (e.issued() == null) continue;
            event(out, id, FactType.EHC_PLAN_ISSUED, e.need(), e.issued(), ref);
            status(out, id, FactType.EHC_PLAN, e.need(), e.issued(), e.ceased(), ref, null);
            if (e.specifiesSlt()) status(out, id, FactType.PLAN_SPECIFIES, Codes.SLT, e.issued(), e.ceased(), ref, null);
        }
        String need = life.primaryNeedOn(ref);
        EhcPlan plan = life.planOn(ref);
        if (need != null && (plan != null || pupil)) {
            LocalDate since = plan != null ? plan.issued() : life.senSupportOn(ref).start();
            out.add(new TruthFact(id, FactType.PRIMARY_NEED.key(), need, since, null, null));
        }
        for (CinEpisode e : life.cin) {
            status(out, id, FactType.CHILD_IN_NEED, e.primaryNeed(), e.referral(), e.closure(), ref, null);
            for (CinEpisode.ProtectionPlan cpp : e.plans())
                status(out, id, FactType.CHILD_PROTECTION_PLAN, cpp.category(), cpp.start(), cpp.end(), ref, null);
        }
        lookedAfter(out, id, life.care, ref);
        for (Spell s : life.exploitation) status(out, id, FactType.AT_RISK_OF_EXPLOITATION, s.code(), s.start(), s.end(), ref, null);
        for (Spell s : life.youthJustice) status(out, id, FactType.YOUTH_JUSTICE_ORDER, s.code(), s.start(), s.end(), ref, null);
        for (Spell s : life.homeEducation) status(out, id, FactType.ELECTIVE_HOME_EDUCATION, s.code(), s.start(), s.end(), ref, null);
        for (Spell s : life.missingEducation) status(out, id, FactType.MISSING_EDUCATION, s.code(), s.start(), s.end(), ref, null);
        for (Spell s : life.activities) {
            if (!PostSixteenTracking.tracks(p, s)) continue;   // NEET is the tracking service's status, not a fact of life
            for (String neet : Codes.NEET) {
                if (neet.equals(s.code())) status(out, id, FactType.NEET, s.code(), s.start(), s.end(), ref, null);
            }
        }
        for (Exclusion x : life.exclusions)
            event(out, id, x.category().equals("PERM") ? FactType.EXCLUSION : FactType.SUSPENSION, x.reason(), x.date(), ref);
        for (HealthReferral h : life.referrals) {
            if (h.received().isAfter(ref)) continue;
            event(out, id, FactType.REFERRAL, h.service(), h.received(), ref);
            status(out, id, FactType.ON_CASELOAD, h.service(), h.received(), h.discharged(), ref, h.team());
            event(out, id, FactType.FIRST_CONTACT, h.service(), h.firstSeenBy(ref), ref);
            for (HealthReferral.Contact c : h.contacts())
                if (c.attended()) event(out, id, FactType.CONTACT, h.service(), c.date(), ref);
            event(out, id, FactType.DISCHARGE, h.service(), h.discharged(), ref);
        }
        if (life.gpLdRegister != null) status(out, id, FactType.LD_REGISTER, "HEALTH", life.gpLdRegister.start(), null, ref, life.gpLdRegister.code());
        for (LocalDate d : life.healthChecks) event(out, id, FactType.ANNUAL_HEALTH_CHECK, null, d, ref);
        if (life.socialCareLdRegister != null)
            status(out, id, FactType.LD_REGISTER, "SOCIAL_CARE", life.socialCareLdRegister.start(), null, ref, null);
        if (life.earlyDisability != null && !life.earlyDisability.start().isAfter(ref))
            out.add(new TruthFact(id, FactType.EARLY_DISABILITY.key(), life.earlyDisability.code(), life.earlyDisability.start(), null, null));
        if (life.learningDisability && p.bornBy(ref)) out.add(new TruthFact(id, FactType.DISABILITY.key(), "LD", null, null, null));
        return out;
    }

    private static void status(List<TruthFact> out, String id, FactType type, String code, LocalDate start, LocalDate end,
                               LocalDate ref, String value) {
        if (start == null || start.isAfter(ref)) return;
        out.add(new TruthFact(id, type.key(), code, start, end != null && !end.isAfter(ref) ? end : null, value));
    }

    private static void event(List<TruthFact> out, String id, FactType type, String code, LocalDate date, LocalDate ref) {
        if (date == null || date.isAfter(ref)) return;
        out.add(new TruthFact(id, type.key(), code, date, date, null));
    }

    /** Contiguous looked-after episodes (X1 continuations) form one period of care. */
    private static void lookedAfter(List<TruthFact> out, String id, List<CareEpisode> care, LocalDate ref) {
        LocalDate start = null, end = null;
        for (CareEpisode c : care) {
            if (!c.lookedAfter()) continue;
            if (start != null && end != null && c.start().equals(end)) {
                end = c.end();
                continue;
            }
            if (start != null) status(out, id, FactType.LOOKED_AFTER, null, start, end, ref, null);
            start = c.start();
            end = c.end();
        }
        if (start != null) status(out, id, FactType.LOOKED_AFTER, null, start, end, ref, null);
    }
}
