package org.jigsaw.synth;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What happens to a person, drawn once per person from its own random stream and then viewed
 * at any reference date. Lists are filled by the life generators during construction only.
 */
public final class Life {
    /** SEN support spells (code = primary need). */
    public final List<Spell> senSupport = new ArrayList<>();
    /** EHC requests, including refused ones; at most one issued plan is active at a time. */
    public final List<EhcPlan> ehc = new ArrayList<>();
    public final List<CinEpisode> cin = new ArrayList<>();
    public final List<CareEpisode> care = new ArrayList<>();
    /** code = CSE/CCE/GANG/TRAFFICKING */
    public final List<Spell> exploitation = new ArrayList<>();
    /** code = order type */
    public final List<Spell> youthJustice = new ArrayList<>();
    /** code = reason */
    public final List<Spell> homeEducation = new ArrayList<>();
    /** code = reason */
    public final List<Spell> missingEducation = new ArrayList<>();
    /** NCCIS activity spells, code = activity code */
    public final List<Spell> activities = new ArrayList<>();
    public final List<Exclusion> exclusions = new ArrayList<>();
    public final List<HealthReferral> referrals = new ArrayList<>();
    /** GP learning-disability register entry (code = SNOMED concept), or null */
    public Spell gpLdRegister;
    public final List<LocalDate> healthChecks = new ArrayList<>();
    /** social-care learning-disability register entry, or null */
    public Spell socialCareLdRegister;
    /** disability identified at or before birth (code = condition), or null */
    public Spell earlyDisability;
    /** a clinically meaningful learning disability, whoever has recorded it */
    public boolean learningDisability;
    /** goes to a special school when of school age */
    public boolean specialSchool;
    /** attends a school outside the area although resident */
    public boolean schoolOutsideArea;
    /** stays on at a school sixth form at 16–17 */
    public boolean sixthForm;

    public EhcPlan planOn(LocalDate date) {
        for (EhcPlan p : ehc) if (p.activeOn(date)) return p;
        return null;
    }

    public Spell senSupportOn(LocalDate date) {
        for (Spell s : senSupport) if (s.activeOn(date)) return s;
        return null;
    }

    /** Provision as the School Census codes it: E, K or N. */
    public String senProvisionOn(LocalDate date) {
        if (planOn(date) != null) return "E";
        return senSupportOn(date) != null ? "K" : "N";
    }

    public String primaryNeedOn(LocalDate date) {
        EhcPlan p = planOn(date);
        if (p != null) return p.need();
        Spell s = senSupportOn(date);
        return s == null ? null : s.code();
    }

    /** The need ever recorded, for disability flags in other agencies' systems. */
    public String anyNeedBy(LocalDate date) {
        String need = null;
        for (Spell s : senSupport) if (s.knownBy(date)) need = s.code();
        for (EhcPlan p : ehc) if (p.issued() != null && !p.issued().isAfter(date)) need = p.need();
        return need;
    }

    public CinEpisode cinOn(LocalDate date) {
        for (CinEpisode e : cin) if (e.activeOn(date)) return e;
        return null;
    }

    public boolean protectionPlanOn(LocalDate date) {
        for (CinEpisode e : cin)
            for (CinEpisode.ProtectionPlan p : e.plans())
                if (!p.start().isAfter(date) && (p.end() == null || p.end().isAfter(date))) return true;
        return false;
    }

    public boolean lookedAfterOn(LocalDate date) {
        for (CareEpisode c : care)
            if (c.lookedAfter() && !c.start().isAfter(date) && (c.end() == null || c.end().isAfter(date))) return true;
        return false;
    }

    public static boolean anyActive(List<Spell> spells, LocalDate date) {
        for (Spell s : spells) if (s.activeOn(date)) return true;
        return false;
    }
}
