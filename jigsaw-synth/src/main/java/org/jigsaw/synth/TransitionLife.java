package org.jigsaw.synth;

import java.time.LocalDate;
import java.util.random.RandomGenerator;

/**
 * Youth justice, post-16 activity (NCCIS, NEET) and short breaks for disabled children.
 * Runs last: SEN and social care raise these risks.
 */
final class TransitionLife {
    private static final String[] EDUCATION = {"210", "220", "230", "240", "250", "270"};
    private static final String[] EMPLOYMENT = {"310", "320", "330", "340", "350", "360"};
    private static final String[] TRAINING = {"410", "420", "430", "440"};
    private static final double[] NEET_WEIGHTS = {2, 2, 40, 8, 4, 3, 5, 12, 4, 8, 4, 3, 3, 2};
    private static final String[] ORDERS = {"RO", "YRO", "YCC", "YC", "DTO", "PREV"};
    /** YJB caseload mix (approximate): referral orders and YROs most common; prevention work growing. */
    private static final double[] ORDER_WEIGHTS = {30, 20, 15, 10, 5, 20};

    private final LocalDate base;
    private final LocalDate horizon;

    TransitionLife(LocalDate base, LocalDate horizon) {
        this.base = base;
        this.horizon = horizon;
    }

    void generate(Person p, RandomGenerator r) {
        youthJustice(p, r);
        activities(p, r);
        shortBreaks(p, r);
    }

    private void youthJustice(Person p, RandomGenerator r) {
        Life life = p.life();
        int age = p.ageOn(base);
        double rr = (p.sex().equals("M") ? 1.7 : 0.3) * (p.deprived() ? 1.8 : 0.75)
                * (life.lookedAfterOn(base) ? 5 : life.cinOn(base) != null ? 2.5 : 1)
                * ("SEMH".equals(life.primaryNeedOn(base)) ? 2.5 : 1);
        if (p.residentOn(base) && age >= 10 && age <= 17 && Draw.chance(r, Prevalence.YOUTH_JUSTICE_10_17 * rr / 1.5)) {
            LocalDate start = base.minusDays(1 + r.nextInt(365));
            LocalDate end = base.plusDays(30 + r.nextInt(600));
            life.youthJustice.add(new Spell(Draw.pick(r, ORDERS, ORDER_WEIGHTS), start, end.isAfter(horizon) ? null : end));
        } else if (p.resident() && age >= 8 && age <= 17 && Draw.chance(r, Prevalence.YOUTH_JUSTICE_10_17 * rr / 1.5 * 2)) {
            LocalDate start = Draw.between(r, base.plusDays(1), horizon);
            if (p.residentOn(start) && p.ageOn(start) >= 10 && p.ageOn(start) <= 17) {
                LocalDate end = start.plusDays(90 + r.nextInt(600));
                life.youthJustice.add(new Spell(Draw.pick(r, ORDERS, ORDER_WEIGHTS), start, end.isAfter(horizon) ? null : end));
            }
        }
    }

    private void activities(Person p, RandomGenerator r) {
        Life life = p.life();
        // From the September after the 16th birthday (academic age 16), NCCIS tracks the young person.
        int year = p.dob().getMonthValue() >= 9 ? p.dob().getYear() + 17 : p.dob().getYear() + 16;
        LocalDate from = Draw.max(LocalDate.of(year, 9, 1), base.minusYears(2));
        LocalDate stop = Draw.min(horizon, p.dob().plusYears(26));
        if (!from.isBefore(stop) || !p.resident()) return;
        String prov = life.senProvisionOn(base);
        boolean plan = !life.ehc.isEmpty() && life.ehc.stream().anyMatch(e -> !e.refused());
        double neetNk = plan || prov.equals("E") ? Prevalence.NEET_NK_EHCP
                : prov.equals("K") ? Prevalence.NEET_NK_SUPPORT : Prevalence.NEET_NK_NO_SEN;
        LocalDate d = from;
        while (d.isBefore(stop)) {
            LocalDate next = Draw.plusDays(d, 60 + Draw.exponential(r, 330));
            double u = r.nextDouble();
            String code;
            if (u < neetNk * Prevalence.NEET_SHARE_OF_NEET_NK) code = Draw.pick(r, Codes.NEET, NEET_WEIGHTS);
            else if (u < neetNk) code = Codes.NOT_KNOWN;
            else if (p.ageOn(d) < 18 || Draw.chance(r, 0.3)) code = Draw.pick(r, EDUCATION);
            else code = Draw.chance(r, 0.7) ? Draw.pick(r, EMPLOYMENT) : Draw.pick(r, TRAINING);
            life.activities.add(new Spell(code, d, next.isBefore(stop) ? next : null));
            d = next;
        }
    }

    private void shortBreaks(Person p, RandomGenerator r) {
        Life life = p.life();
        EhcPlan plan = life.planOn(base);
        int age = p.ageOn(base);
        if (plan != null && p.residentOn(base) && age >= 5 && age <= 17
                && (plan.need().equals("SLD") || plan.need().equals("PMLD")) && Draw.chance(r, 0.15)) {
            LocalDate start = base.minusDays(1 + r.nextInt(700));
            life.care.add(new CareEpisode(start, null, "V3", "R1", "S", null));
        }
    }
}
