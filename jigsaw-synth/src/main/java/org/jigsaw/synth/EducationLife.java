package org.jigsaw.synth;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.random.RandomGenerator;

/**
 * SEN support, EHC plans (requests, 20-week timeliness, ceasing), schools, suspensions and
 * exclusions, elective home education and children missing education. Runs after social care
 * so that the DfE's SEN × children-in-need relative risks can be applied.
 */
final class EducationLife {
    private static final String[] EXCLUSION_REASONS = {"DB", "PA", "VA", "PP", "VP", "DA", "DM", "BU", "OW", "TH", "SM", "RA", "MT", "LG", "DS"};
    /** DfE suspensions 2023/24 by reason: persistent disruptive behaviour about half, then assaults and verbal abuse (approximate shares). */
    private static final double[] EXCLUSION_REASON_WEIGHTS = {48, 9, 16, 8, 6, 3, 2, 1, 2, 1, 1, 1, 1, 0.5, 0.5};
    private static final String[] EHE_REASONS = {"PHILOSOPHICAL", "MENTAL_HEALTH", "DISSATISFIED", "SEN", "HEALTH", "AVOID_EXCLUSION", "OTHER", "UNKNOWN"};
    /** DfE "Elective home education" autumn 2024/25 reasons (rounded): mental health and philosophical the largest. */
    private static final double[] EHE_REASON_WEIGHTS = {13, 15, 10, 6, 5, 2, 20, 29};
    private static final String[] CME_REASONS = {"NOT_STARTED", "REMOVED_FROM_ROLL", "MOVED_UNKNOWN", "NOT_ATTENDING", "OTHER"};
    private static final double[] CME_REASON_WEIGHTS = {20, 25, 30, 15, 10};

    private final LocalDate base;
    private final LocalDate horizon;

    EducationLife(LocalDate base, LocalDate horizon) {
        this.base = base;
        this.horizon = horizon;
    }

    /** EHC plan rate by age on the base date, shaped so pupils average 5.3% and all 0–25s 3.6%. */
    static double ehcpByAge(int age) {
        // 0.92: disabilities identified at birth add their own plans (~0.3 points) on top of this profile.
        return 0.92 * ehcpProfile(age);
    }

    private static double ehcpProfile(int age) {
        if (age <= 1) return 0.001;
        if (age <= 3) return 0.01;
        if (age == 4) return 0.025;
        if (age <= 7) return 0.04;
        if (age <= 15) return 0.062;
        if (age <= 17) return 0.05;
        if (age <= 19) return 0.04;
        return age <= 25 ? 0.018 : 0;
    }

    private double socialCareRisk(Life life, double cino, double cpp, double cla) {
        if (life.lookedAfterOn(base)) return cla;
        if (life.protectionPlanOn(base)) return cpp;
        if (life.cinOn(base) != null) return cino;
        double share = Prevalence.CIN;
        double risked = Prevalence.CLA * cla + Prevalence.CPP * cpp + (Prevalence.CIN - Prevalence.CLA - Prevalence.CPP) * cino;
        return (1 - risked) / (1 - share);
    }

    void generate(Person p, RandomGenerator r) {
        Life life = p.life();
        int age = p.ageOn(base);
        boolean boy = p.sex().equals("M");
        double sexE = boy ? Prevalence.EHCP_BOYS / Prevalence.MALE : (1 - Prevalence.EHCP_BOYS) / (1 - Prevalence.MALE);
        double fsmE = p.deprived() ? Prevalence.EHCP_FSM / Prevalence.DEPRIVED : (1 - Prevalence.EHCP_FSM) / (1 - Prevalence.DEPRIVED);
        double scE = socialCareRisk(life, Prevalence.EHCP_RR_CINO, Prevalence.EHCP_RR_CPP, Prevalence.EHCP_RR_CLA);
        boolean cin = life.cinOn(base) != null;
        boolean known = p.bornBy(base) && p.presentOn(base);

        String early = life.earlyDisability == null ? null : life.earlyDisability.code();
        double pPlan = ehcpByAge(age) * sexE * fsmE * scE;
        String need = null;
        if (early != null && age >= 2) {
            double[] byEarly = switch (early) {
                case EarlyYearsLife.DOWN -> new double[]{0.85};
                case EarlyYearsLife.CEREBRAL_PALSY, EarlyYearsLife.SPINA_BIFIDA -> new double[]{0.65};
                case EarlyYearsLife.HEARING -> new double[]{0.35};
                default -> new double[]{0.45};
            };
            pPlan = byEarly[0];
            need = switch (early) {
                case EarlyYearsLife.DOWN -> Draw.chance(r, 0.55) ? "SLD" : "MLD";
                case EarlyYearsLife.CEREBRAL_PALSY, EarlyYearsLife.SPINA_BIFIDA -> "PD";
                case EarlyYearsLife.HEARING -> "HI";
                default -> Draw.chance(r, 0.5) ? "PMLD" : "SLD";
            };
        }
        if (known && age <= 25 && Draw.chance(r, pPlan)) {
            if (need == null) need = Draw.pick(r, Prevalence.EHCP_NEEDS, cin ? Prevalence.EHCP_NEED_WEIGHTS_CIN : Prevalence.EHCP_NEED_WEIGHTS);
            long back = Math.max(30, Math.min(ChronoUnit.DAYS.between(p.dob().plusYears(2), base), 10 * 365));
            LocalDate issued = base.minusDays(1 + r.nextLong(back));
            if (issued.isBefore(p.dob().plusMonths(6))) issued = p.dob().plusMonths(6);
            addPlan(p, r, issued.minusDays(wait(r)), issued, need);
        } else if (age >= 26 && age <= 28 && Draw.chance(r, 0.04)) {
            // Young adults whose plan ceased at the end of the academic year they turned 25.
            LocalDate ceased = endOfAcademicYearAged25(p);
            LocalDate issued = ceased.minusYears(3 + r.nextInt(10));
            String n = Draw.pick(r, Prevalence.EHCP_NEEDS, Prevalence.EHCP_NEED_WEIGHTS);
            life.ehc.add(new EhcPlan(issued.minusDays(wait(r)), issued, ceased, "1", n, null, slt(r, n)));
        }
        int acadAge = p.academicAge(base);
        boolean pupilAge = acadAge >= 4 && acadAge <= 17;
        if (life.planOn(base) == null && known && pupilAge) {
            double sexK = boy ? Prevalence.SEN_SUPPORT_BOYS / Prevalence.MALE : (1 - Prevalence.SEN_SUPPORT_BOYS) / (1 - Prevalence.MALE);
            double fsmK = p.deprived() ? Prevalence.SEN_SUPPORT_FSM / Prevalence.DEPRIVED
                    : (1 - Prevalence.SEN_SUPPORT_FSM) / (1 - Prevalence.DEPRIVED);
            double scK = socialCareRisk(life, Prevalence.SUPPORT_RR_CINO, Prevalence.SUPPORT_RR_CPP, Prevalence.SUPPORT_RR_CLA);
            // Those with a plan are not on SEN support: lift the rest so the share of all pupils is 14.2%.
            double pK = Prevalence.SEN_SUPPORT_PUPILS / (1 - Prevalence.EHCP_PUPILS) * sexK * fsmK * scK;
            if (Draw.chance(r, pK)) {
                String k = Draw.pick(r, Prevalence.SUPPORT_NEEDS, Prevalence.SUPPORT_NEED_WEIGHTS);
                LocalDate schoolStart = p.dob().plusYears(4);
                long back = Math.max(30, ChronoUnit.DAYS.between(schoolStart, base));
                LocalDate start = base.minusDays(1 + r.nextLong(Math.min(back, 8 * 365)));
                LocalDate end = Draw.plusDays(base, 1 + Draw.exponential(r, 4 * 365.25));
                if (Draw.chance(r, 0.12) && age <= 16) {
                    // Some move from SEN support onto a plan.
                    LocalDate requested = Draw.plusDays(base, Draw.exponential(r, 500));
                    LocalDate issued = requested.plusDays(wait(r));
                    if (issued.isBefore(horizon)) {
                        end = issued;
                        addPlan(p, r, requested, issued, need != null ? need : escalate(r, k));
                    }
                }
                life.senSupport.add(new Spell(k, start, end.isAfter(horizon) ? null : end));
            }
        }
        if (life.planOn(base) == null && life.senSupport.isEmpty()) laterSupport(p, r);
        if (life.planOn(base) == null && life.ehc.isEmpty()) laterPlan(p, r, cin);
        refusedRequest(p, r);
        schooling(p, r);
        exclusions(p, r);
        homeEducation(p, r);
        missingEducation(p, r);
    }

    private static String escalate(RandomGenerator r, String k) {
        return k.equals("NSA") ? Draw.pick(r, Prevalence.EHCP_NEEDS, Prevalence.EHCP_NEED_WEIGHTS) : k;
    }

    /** Weeks from request to issue: 46.4% within 20 weeks, the rest a long tail. */
    static long wait(RandomGenerator r) {
        double weeks = Draw.chance(r, Prevalence.EHCP_WITHIN_20_WEEKS) ? Draw.uniform(r, 11, 20)
                : 20 + Draw.exponential(r, 11);
        return Math.round(weeks * 7);
    }

    private static boolean slt(RandomGenerator r, String need) {
        boolean communication = need.equals("SLCN") || need.equals("ASD") || need.equals("SLD") || need.equals("PMLD");
        return Draw.chance(r, communication ? 0.7 : 0.15);
    }

    private LocalDate endOfAcademicYearAged25(Person p) {
        LocalDate turns25 = p.dob().plusYears(25);
        int year = turns25.getMonthValue() >= 9 ? turns25.getYear() + 1 : turns25.getYear();
        return LocalDate.of(year, 7, 31);
    }

    private void addPlan(Person p, RandomGenerator r, LocalDate requested, LocalDate issued, String need) {
        LocalDate ceased = null;
        String reason = null;
        LocalDate aged = endOfAcademicYearAged25(p);
        LocalDate drawn = Draw.plusDays(Draw.max(issued, base), 1 + Draw.exponential(r, 365.25 / Prevalence.EHCP_CEASE_PER_YEAR));
        if (p.left() != null && p.left().isBefore(drawn) && p.left().isAfter(issued)) {
            ceased = p.left();
            reason = "5";
        } else if (drawn.isBefore(aged)) {
            ceased = drawn;
            reason = Draw.pick(r, new String[]{"2", "3", "4", "6", "7", "9"}, new double[]{45, 8, 10, 12, 5, 20});
        } else {
            ceased = aged;
            reason = "1";
        }
        if (ceased.isAfter(horizon)) {
            ceased = null;
            reason = null;
        }
        String second = Draw.chance(r, Prevalence.SECONDARY_NEED)
                ? Draw.pick(r, Prevalence.SUPPORT_NEEDS, Prevalence.SUPPORT_NEED_WEIGHTS) : null;
        if (need.equals(second) || "NSA".equals(second)) second = null;
        p.life().ehc.add(new EhcPlan(requested, issued, ceased, reason, need, second, slt(r, need)));
        if (need.equals("SLD") || need.equals("PMLD")) p.life().learningDisability = true;
        else if (need.equals("MLD") && Draw.chance(r, 0.35)) p.life().learningDisability = true;
        else if (need.equals("ASD") && Draw.chance(r, 0.2)) p.life().learningDisability = true;
    }

    /**
     * New SEN support after the base date, so the share stays near 14.2% in later terms: spells
     * last ~4 years, so ~4.4% of pupils without SEN start one each year (6.5% among those never on it,
     * as those whose support ended are not drawn again).
     */
    private void laterSupport(Person p, RandomGenerator r) {
        LocalDate from = Draw.max(base, p.dob().plusYears(4));
        LocalDate start = Draw.plusDays(from, 1 + Draw.exponential(r, 365.25 / 0.065));
        if (start.isAfter(horizon) || p.academicAge(start) > 17 || !p.presentOn(start)) return;
        LocalDate end = Draw.plusDays(start, 30 + Draw.exponential(r, 4 * 365.25));
        p.life().senSupport.add(new Spell(Draw.pick(r, Prevalence.SUPPORT_NEEDS, Prevalence.SUPPORT_NEED_WEIGHTS), start,
                end.isAfter(horizon) ? null : end));
    }

    private void laterPlan(Person p, RandomGenerator r, boolean cin) {
        double rate = Prevalence.EHCP_INCIDENCE_PER_YEAR * (cin ? 4 : 1);
        LocalDate requested = Draw.plusDays(Draw.max(base, p.dob().plusYears(2)), Draw.exponential(r, 365.25 / rate));
        LocalDate issued = requested.plusDays(wait(r));
        if (issued.isAfter(horizon) || p.ageOn(requested) > 17 || !p.presentOn(requested)) return;
        addPlan(p, r, requested, issued, Draw.pick(r, Prevalence.EHCP_NEEDS, Prevalence.EHCP_NEED_WEIGHTS));
    }

    /** Requests the LA declined to assess or where it decided not to issue (37% of requests). */
    private void refusedRequest(Person p, RandomGenerator r) {
        double rate = Prevalence.EHCP_INCIDENCE_PER_YEAR * Prevalence.EHC_REQUEST_REFUSED / (1 - Prevalence.EHC_REQUEST_REFUSED);
        LocalDate from = Draw.max(base.minusYears(1), p.dob().plusYears(2));
        LocalDate requested = Draw.plusDays(from, Draw.exponential(r, 365.25 / rate));
        if (requested.isAfter(horizon) || p.ageOn(requested) > 17 || !p.presentOn(requested)) return;
        String need = Draw.pick(r, Prevalence.SUPPORT_NEEDS, Prevalence.SUPPORT_NEED_WEIGHTS);
        p.life().ehc.add(new EhcPlan(requested, null, null, null, need, null, false));
    }

    private void schooling(Person p, RandomGenerator r) {
        Life life = p.life();
        String need = life.anyNeedBy(horizon);
        boolean plan = !life.ehc.isEmpty() && life.ehc.stream().anyMatch(e -> !e.refused());
        if (plan && need != null) {
            double ps = switch (need) {
                case "SLD", "PMLD" -> 0.8;
                case "ASD", "SEMH", "MSI" -> 0.3;
                default -> 0.05;
            };
            life.specialSchool = Draw.chance(r, ps);
        }
        life.schoolOutsideArea = p.resident() && Draw.chance(r, Prevalence.SCHOOL_OUTSIDE_AREA);
        life.sixthForm = life.specialSchool || Draw.chance(r, Prevalence.SIXTH_FORM);
    }

    private void exclusions(Person p, RandomGenerator r) {
        Life life = p.life();
        String prov = life.senProvisionOn(base);
        double rr = (prov.equals("K") ? 3.5 : prov.equals("E") ? 2.5 : 0.7) * (p.deprived() ? 2.2 : 0.6)
                * (p.sex().equals("M") ? 1.4 : 0.6);
        LocalDate from = base.minusYears(1);
        double years = ChronoUnit.DAYS.between(from, horizon) / 365.25;
        if (Draw.chance(r, Prevalence.SUSPENDED_PUPILS * rr / 1.35)) {
            int n = Draw.poisson(r, Prevalence.SUSPENSIONS_PER_100 / 100 / Prevalence.SUSPENDED_PUPILS * years);
            for (int i = 0; i < n; i++) {
                LocalDate d = schoolDay(Draw.between(r, from, horizon));
                life.exclusions.add(new Exclusion(d, "FIXD", 1 + r.nextInt(10),
                        Draw.pick(r, EXCLUSION_REASONS, EXCLUSION_REASON_WEIGHTS)));
            }
            if (Draw.chance(r, Prevalence.PERMANENT_EXCLUSION * years / Prevalence.SUSPENDED_PUPILS)) {
                life.exclusions.add(new Exclusion(schoolDay(Draw.between(r, from, horizon)), "PERM", 0,
                        Draw.pick(r, EXCLUSION_REASONS, EXCLUSION_REASON_WEIGHTS)));
            }
            life.exclusions.sort((a, b) -> a.date().compareTo(b.date()));
        }
    }

    private static LocalDate schoolDay(LocalDate d) {
        return switch (d.getDayOfWeek()) {
            case SATURDAY -> d.plusDays(2);
            case SUNDAY -> d.plusDays(1);
            default -> d;
        };
    }

    private void homeEducation(Person p, RandomGenerator r) {
        Life life = p.life();
        int acad = p.academicAge(base);
        boolean sen = !life.senProvisionOn(base).equals("N");
        double rr = sen ? 1.5 : (1 - 0.19 * 1.5) / 0.81;
        if (p.residentOn(base) && acad >= 5 && acad <= 15 && Draw.chance(r, Prevalence.EHE_5_16 * rr)) {
            LocalDate start = base.minusDays(1 + r.nextInt((int) Math.min(3 * 365, Math.max(1, (acad - 4) * 365))));
            LocalDate end = Draw.plusDays(base, 1 + Draw.exponential(r, 2 * 365.25));
            life.homeEducation.add(new Spell(Draw.pick(r, EHE_REASONS, EHE_REASON_WEIGHTS), start, end.isAfter(horizon) ? null : end));
        } else if (p.resident() && acad >= 3 && acad <= 15 && Draw.chance(r, 0.005 * 4)) {
            LocalDate start = Draw.between(r, base.plusDays(1), horizon);
            if (p.residentOn(start) && p.academicAge(start) >= 5 && p.academicAge(start) <= 15) {
                LocalDate end = Draw.plusDays(start, 30 + Draw.exponential(r, 2 * 365.25));
                life.homeEducation.add(new Spell(Draw.pick(r, EHE_REASONS, EHE_REASON_WEIGHTS), start, end.isAfter(horizon) ? null : end));
            }
        }
    }

    private void missingEducation(Person p, RandomGenerator r) {
        Life life = p.life();
        int acad = p.academicAge(base);
        if (!Life.anyActive(life.homeEducation, base) && p.residentOn(base) && acad >= 5 && acad <= 15
                && Draw.chance(r, Prevalence.CME_5_16 * (p.deprived() ? 2 : 0.67))) {
            LocalDate start = base.minusDays(1 + r.nextInt(120));
            life.missingEducation.add(new Spell(Draw.pick(r, CME_REASONS, CME_REASON_WEIGHTS), start, start.plusDays(130 + r.nextInt(150))));
        } else if (p.resident() && acad >= 4 && acad <= 15 && Draw.chance(r, 0.012 * 4)) {
            // DfE: ~143,000 children missing education at some point in 2024/25, spells of weeks to months.
            LocalDate start = Draw.between(r, base.plusDays(1), horizon);
            if (p.residentOn(start) && !Life.anyActive(life.homeEducation, start))
                life.missingEducation.add(new Spell(Draw.pick(r, CME_REASONS, CME_REASON_WEIGHTS), start, start.plusDays(14 + r.nextInt(200))));
        }
    }
}
