package org.jigsaw.synth;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Children in need, child protection plans, care and exploitation risk. Calibrated so the
 * share of 0–17 year olds in each status on the base date matches the DfE rates, with episodes
 * that started before it (durations from the DfE tables) and new episodes after it.
 */
final class SocialCareLife {
    private static final String[] REFERRAL_SOURCES = {"1A", "2A", "3A", "3B", "3E", "4", "5A", "5D", "6", "8", "9", "10"};
    /** DfE "Children in need" 2025 referrals by source: police ~29%, schools ~21%, health ~15%, LA ~12%, individuals ~8%, other (rounded). */
    private static final double[] REFERRAL_SOURCE_WEIGHTS = {5, 21, 4, 3, 8, 2, 6, 6, 29, 6, 1, 3};
    private static final String[] NEEDS = {"N1", "N2", "N3", "N4", "N5", "N6", "N7", "N8", "N0"};
    /** DfE "Children in need" 2025 by primary need at assessment: abuse or neglect ~57%, disability ~10% (rest approximate). */
    private static final double[] NEED_WEIGHTS = {57, 10, 5, 10, 11, 3, 0.5, 2, 1.5};
    private static final String[] FACTORS = Codes.CIN_FACTORS;
    /** DfE "Children in need" 2025, factors at end of assessment (% of episodes with factors). */
    private static final double[] FACTOR_WEIGHTS = {33.5, 31.7, 19.0, 17.6, 17.6, 16.3, 14.3, 14.1, 12.3, 12.0, 11.3, 7.0, 5.4, 5.0, 4.7, 3.7};
    private static final String[][] EXPLOITATION = {{"24A", "CCE"}, {"11A", "CSE"}, {"13A", "GANG"}, {"12A", "TRAFFICKING"}};
    private static final double[] EXPLOITATION_WEIGHTS = {3.2, 2.4, 1.7, 0.4};

    private final LocalDate base;
    private final LocalDate horizon;

    SocialCareLife(LocalDate base, LocalDate horizon) {
        this.base = base;
        this.horizon = horizon;
    }

    void generate(Person p, RandomGenerator r) {
        if (!p.resident()) return; // their own authority's social care holds them
        int age = p.ageOn(base);
        double dep = p.deprived() ? Prevalence.SOCIAL_CARE_DEPRIVED_RR
                : (1 - Prevalence.DEPRIVED * Prevalence.SOCIAL_CARE_DEPRIVED_RR) / (1 - Prevalence.DEPRIVED);
        boolean eligibleAtBase = p.residentOn(base) && p.bornBy(base) && age <= 17;
        if (eligibleAtBase) {
            double u = r.nextDouble() / dep;
            if (u < Prevalence.CLA) lookedAfter(p, r, age);
            else if (u < Prevalence.CLA + Prevalence.CPP) protection(p, r, age);
            else if (u < Prevalence.CIN) inNeed(p, r, age);
            else if (u < Prevalence.CIN + Prevalence.CIN_CLOSED_IN_YEAR) closedInYear(p, r);
        }
        if (p.life().cinOn(base) == null) laterEpisode(p, r, dep);
    }

    private LocalDate eighteenth(Person p) {
        return p.dob().plusYears(18);
    }

    private LocalDate endAfter(RandomGenerator r, LocalDate from, double meanDays, Person p) {
        LocalDate end = Draw.plusDays(from, 1 + Draw.exponential(r, meanDays));
        if (p.left() != null && end.isAfter(p.left())) end = p.left();
        end = Draw.min(end, eighteenth(p));
        return end.isAfter(horizon) ? null : end;
    }

    private LocalDate referralBefore(RandomGenerator r, Person p, LocalDate latest, int maxDays) {
        LocalDate earliest = Draw.max(p.dob(), latest.minusDays(maxDays));
        return Draw.between(r, earliest, latest);
    }

    private void inNeed(Person p, RandomGenerator r, int age) {
        LocalDate referral = referralBefore(r, p, base.minusDays(1), 900);
        LocalDate closure = endAfter(r, base, 300, p);
        addEpisode(p, r, referral, closure, age, List.of());
    }

    private void protection(Person p, RandomGenerator r, int age) {
        long[][] buckets = {{1, 91}, {91, 182}, {182, 365}, {365, 730}, {730, 1100}};
        long[] b = buckets[Draw.weighted(r, Prevalence.CPP_DURATION_WEIGHTS)];
        long elapsed = b[0] + r.nextLong(b[1] - b[0]);
        LocalDate start = Draw.max(p.dob().plusDays(1), base.minusDays(elapsed));
        LocalDate referral = Draw.max(p.dob(), start.minusDays(15 + r.nextInt(45)));
        LocalDate planEnd = endAfter(r, base, 200, p);
        LocalDate closure = planEnd == null ? null : endAfter(r, planEnd, 150, p);
        var plan = new CinEpisode.ProtectionPlan(start, planEnd,
                Draw.pick(r, Prevalence.ABUSE_CATEGORIES, Prevalence.ABUSE_WEIGHTS));
        addEpisode(p, r, referral, closure, age, List.of(plan));
    }

    private void lookedAfter(Person p, RandomGenerator r, int age) {
        long maxBack = Math.max(30, Math.min(ChronoUnit.DAYS.between(p.dob(), base) - 1, 6 * 365));
        LocalDate careStart = base.minusDays(1 + r.nextLong(maxBack));
        LocalDate referral = Draw.max(p.dob(), careStart.minusDays(r.nextInt(300)));
        LocalDate careEnd = endAfter(r, base, 700, p);
        addEpisode(p, r, referral, careEnd, age, List.of());
        careEpisodes(p, r, careStart, careEnd);
    }

    private void careEpisodes(Person p, RandomGenerator r, LocalDate start, LocalDate end) {
        boolean s20 = Draw.chance(r, 0.2);
        String[] placements = {"U4", "U6", "U1", "U3", "K2", "P1", "H5", "R1"};
        double[] weights = {30, 25, 8, 8, 12, 6, p.ageOn(start) >= 16 ? 10 : 0, 1};
        int episodes = 1 + (s20 ? 0 : r.nextInt(3));
        LocalDate from = start;
        String ls = s20 ? "V2" : "C1";
        String rne = "S";
        List<CareEpisode> out = new ArrayList<>();
        for (int i = 0; i < episodes; i++) {
            LocalDate to = i == episodes - 1 ? end
                    : Draw.min(Draw.plusDays(from, 30 + Draw.exponential(r, 200)), end == null ? horizon : end);
            boolean last = i == episodes - 1 || to == null || (end != null && !to.isBefore(end));
            String rec = last ? (end == null ? null : Draw.pick(r, new String[]{"E4A", "E13", "E8", "E41", "E45", "E11"},
                    new double[]{35, 10, 15, 10, 15, 15})) : "X1";
            out.add(new CareEpisode(from, last ? end : to, ls, Draw.pick(r, placements, weights), rne, rec));
            if (last) break;
            from = to;
            if (!s20 && ls.equals("C1") && Draw.chance(r, 0.7)) {
                ls = "C2";
                rne = "L";
            } else {
                rne = "P";
            }
        }
        p.life().care.addAll(out);
    }

    private void closedInYear(Person p, RandomGenerator r) {
        LocalDate referral = referralBefore(r, p, base.minusDays(30), 335);
        LocalDate closure = Draw.min(referral.plusDays(5 + r.nextInt(180)), base.minusDays(1));
        List<CinEpisode.ProtectionPlan> plans = List.of();
        // DfE: about as many plans end in a year as are open at 31 March; some end in these episodes.
        LocalDate planStart = referral.plusDays(15 + r.nextInt(30));
        if (Draw.chance(r, 0.25) && planStart.plusDays(14).isBefore(closure)) {
            plans = List.of(new CinEpisode.ProtectionPlan(planStart, closure.minusDays(r.nextInt(7)),
                    Draw.pick(r, Prevalence.ABUSE_CATEGORIES, Prevalence.ABUSE_WEIGHTS)));
        }
        addEpisode(p, r, referral, closure, p.ageOn(referral), plans);
    }

    private void laterEpisode(Person p, RandomGenerator r, double dep) {
        // Episodes last under a year on average, so starts run at ~1.25× the point prevalence a year.
        double years = Draw.exponential(r, 1 / (Prevalence.CIN * 1.25 * dep));
        LocalDate start = Draw.plusDays(Draw.max(base, p.arrived()), years * 365.25);
        if (!start.isBefore(horizon) || !start.isBefore(eighteenth(p)) || !p.residentOn(start) || start.isBefore(p.dob()))
            return;
        double u = r.nextDouble();
        LocalDate closure = endAfter(r, start, 300, p);
        if (u < 0.12) {
            closure = endAfter(r, start, 700, p); // care lasts longer than other CIN episodes
            addEpisode(p, r, start, closure, p.ageOn(start), List.of());
            careEpisodes(p, r, start.plusDays(r.nextInt(60)), closure);
        } else if (u < 0.3) {
            LocalDate planStart = start.plusDays(15 + r.nextInt(45));
            LocalDate planEnd = Draw.plusDays(planStart, 90 + r.nextInt(450));
            if (closure != null && planEnd.isAfter(closure)) planEnd = closure;
            if (planEnd.isAfter(horizon)) planEnd = null;
            addEpisode(p, r, start, closure, p.ageOn(start), List.of(new CinEpisode.ProtectionPlan(planStart, planEnd,
                    Draw.pick(r, Prevalence.ABUSE_CATEGORIES, Prevalence.ABUSE_WEIGHTS))));
        } else {
            addEpisode(p, r, start, closure, p.ageOn(start), List.of());
        }
    }

    private void addEpisode(Person p, RandomGenerator r, LocalDate referral, LocalDate closure, int age,
                            List<CinEpisode.ProtectionPlan> plans) {
        LocalDate aStart = referral.plusDays(1 + r.nextInt(10));
        LocalDate aAuth = aStart.plusDays(10 + r.nextInt(35));
        if (closure != null && aAuth.isAfter(closure)) aAuth = closure;
        List<String> factors = new ArrayList<>();
        if (age >= 10 && Draw.chance(r, Prevalence.EXPLOITATION_AMONG_CIN_10_17)) {
            String[] ex = EXPLOITATION[Draw.weighted(r, EXPLOITATION_WEIGHTS)];
            factors.add(ex[0]);
            p.life().exploitation.add(new Spell(ex[1], aAuth, closure));
        }
        int n = 1 + r.nextInt(3);
        for (int i = 0; i < n; i++) {
            String f = Draw.pick(r, FACTORS, FACTOR_WEIGHTS);
            if (!factors.contains(f)) factors.add(f);
        }
        String reason = closure == null ? null
                : Draw.pick(r, new String[]{"RC7", "RC8", "RC9", "RC5", "RC4", "RC1"}, new double[]{55, 20, 15, 5, 3, 2});
        p.life().cin.add(new CinEpisode(referral, closure, Draw.pick(r, REFERRAL_SOURCES, REFERRAL_SOURCE_WEIGHTS),
                Draw.pick(r, NEEDS, NEED_WEIGHTS), reason, false,
                List.of(new CinEpisode.Assessment(aStart, aAuth, List.copyOf(factors))), plans));
    }
}
