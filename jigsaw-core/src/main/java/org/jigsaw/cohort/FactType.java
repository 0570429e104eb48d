package org.jigsaw.cohort;

import java.util.Locale;

/**
 * The shared vocabulary of facts: source definitions name these in YAML, cohorts query them,
 * and the synthetic generator's ground truth uses the same keys.
 */
public enum FactType {
    // statuses (start .. end)
    EHC_PLAN(Kind.STATUS), SEN_SUPPORT(Kind.STATUS), CHILD_IN_NEED(Kind.STATUS),
    CHILD_PROTECTION_PLAN(Kind.STATUS), LOOKED_AFTER(Kind.STATUS), YOUTH_JUSTICE_ORDER(Kind.STATUS),
    ELECTIVE_HOME_EDUCATION(Kind.STATUS), MISSING_EDUCATION(Kind.STATUS), NEET(Kind.STATUS),
    AT_RISK_OF_EXPLOITATION(Kind.STATUS),
    /** code = service: SLT, PAEDIATRICS, CAMHS (CAMHS team in value: CORE or NEURODEVELOPMENTAL). */
    ON_CASELOAD(Kind.STATUS),
    /** code = HEALTH (GP register) or SOCIAL_CARE (council register). */
    LD_REGISTER(Kind.STATUS),
    /** registered with a GP practice; code = the practice's ICB code (the ICB geography filter). */
    GP_REGISTERED(Kind.STATUS),
    // events (a date)
    REFERRAL(Kind.EVENT), FIRST_CONTACT(Kind.EVENT), CONTACT(Kind.EVENT), DISCHARGE(Kind.EVENT),
    EXCLUSION(Kind.EVENT), SUSPENSION(Kind.EVENT), ANNUAL_HEALTH_CHECK(Kind.EVENT),
    EHC_ASSESSMENT_REQUEST(Kind.EVENT), EHC_PLAN_ISSUED(Kind.EVENT),
    // attributes
    PRIMARY_NEED(Kind.ATTRIBUTE), DISABILITY(Kind.ATTRIBUTE),
    /** the EHC plan specifies a service in its health section; code = SLT etc. */
    PLAN_SPECIFIES(Kind.ATTRIBUTE),
    /** disability identified at or before birth / in the early years, by health. */
    EARLY_DISABILITY(Kind.ATTRIBUTE);

    public enum Kind { STATUS, EVENT, ATTRIBUTE }

    private final Kind kind;

    FactType(Kind kind) {
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static FactType fromKey(String key) {
        return valueOf(key.trim().toUpperCase(Locale.ROOT));
    }
}
