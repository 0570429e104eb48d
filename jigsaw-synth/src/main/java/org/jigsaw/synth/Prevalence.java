package org.jigsaw.synth;

/**
 * The published figures the generator is calibrated to, each cited next to the constant.
 * Figures are for England; a synthetic area of any size reproduces the rates, not the counts.
 * Where a figure is a modelling assumption rather than a published number it says so.
 */
public final class Prevalence {
    private Prevalence() {
    }

    // ---------- births and demography ----------

    /** ONS "Births in England and Wales: 2022": ~1.5% of maternities were multiple births (twins ≈ 3% of children). */
    public static final double TWIN_MATERNITY = 0.015;
    /** ONS births: sex ratio at birth ≈ 105 boys per 100 girls. */
    public static final double MALE = 105.0 / 205.0;
    /** DfE "Schools, pupils and their characteristics 2024/25": 25.7% of pupils eligible for FSM (rounded to 25%). */
    public static final double DEPRIVED = 0.25;
    /** Assumption: ~3% of residents move out of the area a year (1% a term), and as many move in. */
    public static final double MIGRATION_PER_YEAR = 0.03;
    /** Assumption: ~10% of families with children move home in a year (English Housing Survey order of magnitude). */
    public static final double HOME_MOVES_PER_YEAR = 0.10;
    /** Assumption: ~4% of pupils at a local authority's schools live in a neighbouring authority. */
    public static final double NON_RESIDENT_PUPILS = 0.04;
    /** Assumption: ~2% of resident pupils attend a school over the border (absent from this LA's census). */
    public static final double SCHOOL_OUTSIDE_AREA = 0.02;
    /** DfE "Participation in education, training and employment age 16–18": roughly 4 in 10 16–17s are in school sixth forms (rest in FE). */
    public static final double SIXTH_FORM = 0.42;
    /** Assumption: 3% of children have a double-barrelled or hyphenated family name. */
    public static final double HYPHENATED_SURNAME = 0.03;
    /** Assumption: 2.5% of children have changed family name (marriage of a parent, adoption). */
    public static final double SURNAME_CHANGE = 0.025;
    /** DfE census guidance: temporary UPNs for ~1–2% of pupils, mostly in-year arrivals, until the permanent UPN is traced. */
    public static final double TEMPORARY_UPN = 0.015;

    // ---------- SEN (pupils in state-funded schools) ----------

    /** DfE "Special educational needs in England", January 2025: 5.3% of pupils had an EHC plan (4.8% in 2024). */
    public static final double EHCP_PUPILS = 0.053;
    /** Same release: 14.2% of pupils on SEN support (13.6% in 2024). */
    public static final double SEN_SUPPORT_PUPILS = 0.142;
    /** DfE "Education, health and care plans" Jan 2025: 638,745 plans aged 0–25 ≈ 3.6% of the 0–25 population. */
    public static final double EHCP_AGE_0_25 = 0.036;
    /** Same release: 71% of pupils with an EHC plan are boys; 61% of SEN support pupils. */
    public static final double EHCP_BOYS = 0.71, SEN_SUPPORT_BOYS = 0.61;
    /** Same release: FSM-eligible: 43.8% of EHCP pupils, 39.3% of SEN support pupils. */
    public static final double EHCP_FSM = 0.438, SEN_SUPPORT_FSM = 0.393;
    /** DfE "Education, health and care plans" 2025: 46.4% of new plans (2024) issued within 20 weeks. */
    public static final double EHCP_WITHIN_20_WEEKS = 0.464;
    /** Same: 154,489 requests (2024) vs 97,747 plans issued → ~37% of requests do not lead to a plan. */
    public static final double EHC_REQUEST_REFUSED = 1 - 97_747.0 / 154_489.0;
    /** Same: 44,862 plans ceased in 2024 of 576,474 → ~7.8% of plans cease a year. */
    public static final double EHCP_CEASE_PER_YEAR = 44_862.0 / 576_474.0;
    /** Same: 97,747 new plans in 2024 over ~12.2m aged 0–17 → ~0.8% a year. */
    public static final double EHCP_INCIDENCE_PER_YEAR = 0.008;

    /** EHC plan primary need, SEN2 January 2025 (all ages): ASD 31.5, SLCN 21.3, SEMH 20.7, MLD 10.6, PD 3.9, SLD 3.9, SPLD 2.4, HI 1.4, PMLD 1.3, OTH 1.2, VI 0.8, MSI 0.3 (%; unknown 0.8 folded into OTH). */
    public static final String[] EHCP_NEEDS = {"ASD", "SLCN", "SEMH", "MLD", "PD", "SLD", "SPLD", "HI", "PMLD", "OTH", "VI", "MSI"};
    public static final double[] EHCP_NEED_WEIGHTS = {31.5, 21.3, 20.7, 10.6, 3.9, 3.9, 2.4, 1.4, 1.3, 2.0, 0.8, 0.3};
    /** DfE "Outcomes for children in need" 2021/22: EHCP pupils who are CIN: SEMH 25.3, ASD 25.0, SLD 14.9, SLCN 8.6, MLD 7.6, PMLD 7.1 (rest spread). */
    public static final double[] EHCP_NEED_WEIGHTS_CIN = {25.0, 8.6, 25.3, 7.6, 3.0, 14.9, 1.5, 1.0, 7.1, 5.0, 0.7, 0.3};
    /** SEN support primary need, School Census 2021/22: SLCN 25.1, SEMH 20.0, MLD 18.9, SPLD 14.4, ASD 7.6, NSA 4.4, OTH 4.3, PD 2.2, HI 1.6, VI 0.9, MSI 0.3, SLD 0.2, PMLD 0.1. */
    public static final String[] SUPPORT_NEEDS = {"SLCN", "SEMH", "MLD", "SPLD", "ASD", "NSA", "OTH", "PD", "HI", "VI", "MSI", "SLD", "PMLD"};
    public static final double[] SUPPORT_NEED_WEIGHTS = {25.1, 20.0, 18.9, 14.4, 7.6, 4.4, 4.3, 2.2, 1.6, 0.9, 0.3, 0.2, 0.1};
    /** Assumption: about 3 in 10 pupils with SEN have a secondary need recorded. */
    public static final double SECONDARY_NEED = 0.3;

    /**
     * DfE "Outcomes for children in need, including children looked after" 2021/22: EHC plan rate
     * 26.9% (CIN other than CPP/CLA), 10.1% (CPP), 27.3% (CLA) against 3.9% of all pupils. The
     * generator keeps these relative risks (6.9, 2.6, 7.0) against today's 5.3% base, so 24.7%
     * of CIN pupils then ≈ 33.6% now.
     */
    public static final double EHCP_RR_CINO = 26.9 / 3.9, EHCP_RR_CPP = 10.1 / 3.9, EHCP_RR_CLA = 27.3 / 3.9;
    /** Same publication: SEN support 21.3% CINO, 29.1% CPP, 27.8% CLA vs 12.4% of all pupils. */
    public static final double SUPPORT_RR_CINO = 21.3 / 12.4, SUPPORT_RR_CPP = 29.1 / 12.4, SUPPORT_RR_CLA = 27.8 / 12.4;
    /** The share of CIN pupils with an EHC plan the test expects: 24.7% (2021/22) scaled by 5.3/3.9. */
    public static final double EHCP_AMONG_CIN_PUPILS = 0.247 * 5.3 / 3.9;

    // ---------- social care (aged 0–17) ----------

    /** DfE "Children in need" 2025: 402,400 at 31 March = 330 per 10,000 children (includes CPP and CLA). */
    public static final double CIN = 330e-4;
    /** Same: 49,420 on a child protection plan = 40.6 per 10,000. */
    public static final double CPP = 40.6e-4;
    /** DfE "Children looked after in England" 2025: 81,770 = 67 per 10,000. */
    public static final double CLA = 67e-4;
    /** DfE "Children in need" 2025, CPPs at 31 March by duration: ≤3m 31.5%, 3–6m 25.5%, 6–12m 26.3%, 1–2y 14.4%, ≥2y 2.3%. */
    public static final double[] CPP_DURATION_WEIGHTS = {31.5, 25.5, 26.3, 14.4, 2.3};
    /** DfE "Characteristics of children in need" 2025: initial category of abuse ≈ neglect half, emotional a third (split approximate, [verify]). */
    public static final String[] ABUSE_CATEGORIES = {"NEG", "EMO", "PHY", "SAB", "MUL"};
    public static final double[] ABUSE_WEIGHTS = {48, 36, 8, 4, 4};
    /** DfE "Children in need" 2025 factors at assessment: CCE 3.2%, CSE 2.4%, gangs 1.7% of episodes → ~8% of CIN aged 10–17 at risk of exploitation (assumption from those). */
    public static final double EXPLOITATION_AMONG_CIN_10_17 = 0.08;
    /** Assumption: as many CIN episodes close in a year as are open at 31 March (DfE: 396,870 started in 2025 vs 402,400 open). */
    public static final double CIN_CLOSED_IN_YEAR = 0.033;
    /** Deprivation raises the social care rate (assumption: double the rate in the deprived quarter). */
    public static final double SOCIAL_CARE_DEPRIVED_RR = 2.0;

    // ---------- youth justice, EHE, CME, NEET, exclusions ----------

    /** YJB/MoJ "Youth Justice Statistics 2023 to 2024": ~13,700 children cautioned or sentenced over ~5.6m aged 10–17; with prevention cases ~0.4% of 10–17s on a YJS caseload at a time (assumption). */
    public static final double YOUTH_JUSTICE_10_17 = 0.004;
    /** DfE "Elective home education" autumn 2024/25: 111,700 = 1.4% of 5–16 year olds on census day. */
    public static final double EHE_5_16 = 0.014;
    /** DfE "Children missing education" autumn 2024/25: 39,200 = 0.5% of 5–16 year olds. */
    public static final double CME_5_16 = 0.005;
    /** DfE NEET and participation (NCCIS) 2025, 16–17 year olds: NEET or not known 10.1% (EHCP), 9.6% (SEN support), 4.9% (no SEN). */
    public static final double NEET_NK_EHCP = 0.101, NEET_NK_SUPPORT = 0.096, NEET_NK_NO_SEN = 0.049;
    /** Same: of 5.6% NEET or not known, 3.4 points NEET and 2.2 not known. */
    public static final double NEET_SHARE_OF_NEET_NK = 3.4 / 5.6;
    /** DfE "Suspensions and permanent exclusions in England" 2023/24: 11.31 suspensions per 100 pupils. */
    public static final double SUSPENSIONS_PER_100 = 11.31;
    /** Same release: one-or-more suspension rate ≈ 3.1% of pupils [verify]. */
    public static final double SUSPENDED_PUPILS = 0.031;
    /** Same release: ≈ 0.13 permanent exclusions per 100 pupils. */
    public static final double PERMANENT_EXCLUSION = 0.0013;

    // ---------- health ----------

    /** NHS England Community Health Services waiting lists, CYP, Oct 2023: SLT 67,790 waiting, 39.7% > 18 weeks, 4,113 > 52 weeks. */
    public static final double SLT_OVER_18_WEEKS = 0.397, SLT_OVER_52_WEEKS = 4_113.0 / 67_790.0;
    /** Same: community paediatrics 83,253 waiting, 60.2% > 18 weeks, 14,033 > 52 weeks. */
    public static final double PAEDS_OVER_18_WEEKS = 0.602, PAEDS_OVER_52_WEEKS = 14_033.0 / 83_253.0;
    /** Assumption calibrated to MHSDS MHS95 (~5% of under-18s seen by CYPMHS in a rolling year): CAMHS waits median ~12 weeks. */
    public static final double CAMHS_OVER_18_WEEKS = 0.35, CAMHS_OVER_52_WEEKS = 0.05;
    /** NHS England LD health checks 2023/24: 79.6% of eligible (14+) people on GP LD registers had a check (PQ 62868). */
    public static final double ANNUAL_HEALTH_CHECK = 0.796;
    /** NHS Digital QOF: LD register ≈ 0.5% of all ages; only ¼–⅓ of people with LD are on GP registers (Public Health England estimate); children are registered less often than adults. */
    public static final double GP_REGISTERS_LD = 0.45;
    /** Policy brief case study: 170 aged 14–25 on the social-care LD register vs several hundred MLD/SLD/PMLD in the School Census: assumption ≈ 35% of LD young people 14–25 known. */
    public static final double SOCIAL_CARE_REGISTERS_LD = 0.35;
    /** Down syndrome ≈ 1 in 1,000 live births (NDSCR / NCARDRS congenital anomaly statistics). */
    public static final double DOWN_SYNDROME = 0.0010;
    /** Cerebral palsy ≈ 2 per 1,000 live births (Surveillance of Cerebral Palsy in Europe), identified in infancy. */
    public static final double CEREBRAL_PALSY = 0.0020;
    /** Permanent childhood hearing impairment ≈ 1 per 1,000, found by newborn hearing screening (NHSP). */
    public static final double PCHI = 0.0010;
    /** Spina bifida ≈ 0.3 and other major congenital/genetic conditions ≈ 1 per 1,000 (NCARDRS) [verify]. */
    public static final double SPINA_BIFIDA = 0.0003, OTHER_CONGENITAL = 0.0010;

    // ---------- identifiers in extracts ----------

    /** DfE/NHS: NHS number well filled in health records (~99%). */
    public static final double NHS_FILLED_HEALTH = 0.99;
    /** Local practice: NHS number in LA records low and variable (assumption per source in the extract writers). */
    public static final double NHS_MISTYPED = 0.01;
}
