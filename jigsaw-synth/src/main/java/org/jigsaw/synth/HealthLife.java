package org.jigsaw.synth;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Referrals to speech and language therapy, community paediatrics and CAMHS with realistic
 * waits and contacts; the GP learning-disability register with annual health checks; the
 * social-care learning-disability register. Runs after education: needs drive referrals.
 */
final class HealthLife {
    private static final String SLT = Codes.SLT, PAEDIATRICS = Codes.PAEDIATRICS, CAMHS = Codes.CAMHS;
    /** SNOMED CT concepts in the QOF LD_COD cluster. */
    static final String LD_MILD = "984661000000105", LD_MODERATE = "984671000000103", LD_SEVERE = "508171000000105",
            LD_PROFOUND = "984681000000101";

    private final LocalDate base;
    private final LocalDate horizon;

    HealthLife(LocalDate base, LocalDate horizon) {
        this.base = base;
        this.horizon = horizon;
    }

    void generate(Person p, RandomGenerator r) {
        Life life = p.life();
        String need = life.anyNeedBy(horizon);
        boolean plan = life.ehc.stream().anyMatch(e -> !e.refused());
        boolean sltInPlan = life.ehc.stream().anyMatch(e -> !e.refused() && e.specifiesSlt());
        boolean early = life.earlyDisability != null;
        boolean cin = !life.cin.isEmpty();
        boolean cla = !life.care.isEmpty();
        LocalDate windowStart = base.minusYears(2);

        double slt = 0.006 * factor(need, new String[]{"SLCN", "ASD", "SLD", "PMLD", "HI"}, new double[]{15, 8, 8, 8, 5})
                * (sltInPlan ? 2 : 1);
        referrals(p, r, SLT, slt, Draw.max(p.dob().plusYears(2), windowStart), p.dob().plusYears(18), null);
        if (sltInPlan && life.referrals.stream().noneMatch(x -> x.service().equals(SLT))) {
            // Plans that specify SLT come with a referral, often still waiting.
            for (EhcPlan e : life.ehc) {
                if (e.refused() || !e.specifiesSlt() || e.issued().isBefore(windowStart) || e.issued().isAfter(horizon)) continue;
                if (Draw.chance(r, 0.85) && p.ageOn(e.issued()) < 18) referral(p, r, SLT, null, e.issued().minusDays(r.nextInt(120)));
                break;
            }
        }
        double paeds = 0.004 * factor(need, new String[]{"ASD", "SLD", "PMLD", "PD", "SEMH", "MSI"}, new double[]{15, 12, 12, 12, 4, 12})
                * (early ? 15 : 1);
        referrals(p, r, PAEDIATRICS, paeds, Draw.max(p.dob(), windowStart), p.dob().plusYears(18), null);
        double camhs = 0.02 * factor(need, new String[]{"SEMH", "ASD"}, new double[]{6, 3}) * (cla ? 4 : cin ? 2.5 : 1);
        referrals(p, r, CAMHS, camhs, Draw.max(p.dob().plusYears(5), windowStart), p.dob().plusYears(18), need);
        ldRegisters(p, r, need, plan);
    }

    private static double factor(String need, String[] needs, double[] factors) {
        if (need == null) return 1;
        for (int i = 0; i < needs.length; i++) if (needs[i].equals(need)) return factors[i];
        return 1.5;
    }

    private void referrals(Person p, RandomGenerator r, String service, double perYear, LocalDate from, LocalDate to,
                           String need) {
        LocalDate end = Draw.min(to, horizon);
        if (!from.isBefore(end)) return;
        double years = ChronoUnit.DAYS.between(from, end) / 365.25;
        int n = Math.min(3, Draw.poisson(r, Math.min(perYear, 1.2) * years));
        List<LocalDate> dates = new ArrayList<>();
        for (int i = 0; i < n; i++) dates.add(Draw.between(r, from, end));
        dates.sort(null);
        LocalDate free = from;
        for (LocalDate d : dates) {
            if (d.isBefore(free) || !p.presentOn(d)) continue;
            String team = null;
            if (service.equals(CAMHS)) {
                boolean nd = "ASD".equals(need) || p.ageOn(d) < 12 && Draw.chance(r, 0.35);
                team = nd ? "NEURODEVELOPMENTAL" : "CORE";
            }
            HealthReferral ref = referral(p, r, service, team, d);
            free = ref.discharged() == null ? horizon : ref.discharged();
        }
    }

    private HealthReferral referral(Person p, RandomGenerator r, String service, String team, LocalDate received) {
        long wait = switch (service) {
            case SLT -> Draw.waitDays(r, Prevalence.SLT_OVER_18_WEEKS, Prevalence.SLT_OVER_52_WEEKS);
            case PAEDIATRICS -> Draw.waitDays(r, Prevalence.PAEDS_OVER_18_WEEKS, Prevalence.PAEDS_OVER_52_WEEKS);
            default -> Draw.waitDays(r, Prevalence.CAMHS_OVER_18_WEEKS, Prevalence.CAMHS_OVER_52_WEEKS);
        };
        List<HealthReferral.Contact> contacts = new ArrayList<>();
        LocalDate discharged;
        if (Draw.chance(r, 0.05)) {
            discharged = received.plusDays(7 + r.nextInt(30)); // rejected or closed before any contact
        } else {
            int n = switch (service) {
                case SLT -> 3 + Draw.poisson(r, 4);
                case PAEDIATRICS -> 2 + Draw.poisson(r, 2);
                default -> 2 + Draw.poisson(r, 5);
            };
            int gapLo = service.equals(PAEDIATRICS) ? 60 : service.equals(SLT) ? 14 : 7;
            int gapHi = service.equals(PAEDIATRICS) ? 180 : service.equals(SLT) ? 42 : 28;
            LocalDate d = received.plusDays(wait);
            for (int i = 0; i < n && d.isBefore(horizon); i++) {
                double u = r.nextDouble();
                String att = u < 0.80 ? "5" : u < 0.85 ? "6" : u < 0.93 ? "3" : u < 0.97 ? "2" : "4";
                contacts.add(new HealthReferral.Contact(d, att));
                d = d.plusDays(gapLo + r.nextInt(gapHi - gapLo));
            }
            LocalDate last = contacts.isEmpty() ? received : contacts.get(contacts.size() - 1).date();
            discharged = contacts.size() == n ? last.plusDays(r.nextInt(30)) : null;
        }
        if (discharged != null && discharged.isAfter(horizon)) discharged = null;
        String source = Draw.pick(r, new String[]{"GP", "SCHOOL", "HEALTH_VISITOR", "PAEDIATRICIAN", "SOCIAL_CARE", "PARENT"},
                new double[]{35, 25, 15, 10, 5, 10});
        HealthReferral ref = new HealthReferral(service, team, received, List.copyOf(contacts), discharged, source);
        p.life().referrals.add(ref);
        return ref;
    }

    private void ldRegisters(Person p, RandomGenerator r, String need, boolean plan) {
        Life life = p.life();
        if (!life.learningDisability && p.ageOn(base) >= 26 && Draw.chance(r, 0.03)) life.learningDisability = true;
        if (!life.learningDisability) return;
        boolean severe = "SLD".equals(need) || "PMLD".equals(need)
                || life.earlyDisability != null && life.earlyDisability.code().equals(EarlyYearsLife.DOWN);
        if (Draw.chance(r, severe ? 0.75 : Prevalence.GP_REGISTERS_LD * 0.7)) {
            LocalDate registered = p.dob().plusDays(Math.round(Draw.uniform(r, 3, 14) * 365.25));
            if (registered.isBefore(horizon)) {
                String code = "PMLD".equals(need) ? LD_PROFOUND : "SLD".equals(need) ? LD_SEVERE
                        : life.earlyDisability != null && life.earlyDisability.code().equals(EarlyYearsLife.DOWN) ? EarlyYearsLife.DOWN
                        : "MLD".equals(need) ? LD_MODERATE : LD_MILD;
                life.gpLdRegister = new Spell(code, registered, null);
                // Annual health checks from 14, each year with the national uptake.
                LocalDate from = Draw.max(registered, p.dob().plusYears(14));
                for (LocalDate y = from; y.isBefore(horizon); y = y.plusYears(1)) {
                    if (Draw.chance(r, Prevalence.ANNUAL_HEALTH_CHECK)) {
                        LocalDate check = y.plusDays(r.nextInt(365));
                        if (check.isBefore(horizon)) life.healthChecks.add(check);
                    }
                }
            }
        }
        if (Draw.chance(r, severe ? 0.7 : Prevalence.SOCIAL_CARE_REGISTERS_LD * 0.6)) {
            LocalDate registered = p.dob().plusDays(Math.round(Draw.uniform(r, 14, 19) * 365.25));
            if (registered.isBefore(horizon)) life.socialCareLdRegister = new Spell(severe ? "SEVERE" : "MODERATE", registered, null);
        }
    }
}
