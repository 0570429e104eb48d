package org.jigsaw.synth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The synthetic population reproduces the cited national rates within sampling tolerance. */
class SynthPrevalenceTest {
    private static final LocalDate BASE = SynthOptions.BASE_REFERENCE_DATE;
    private static List<Person> people;

    @BeforeAll
    static void draw() {
        people = Synthesizer.universe(new SynthOptions(20_000, 42, 0)).persons();
    }

    private static List<Person> pupils() {
        return people.stream().filter(p -> Schooling.onRoll(p, BASE)).toList();
    }

    private static List<Person> residentChildren() {
        return people.stream().filter(p -> p.residentOn(BASE) && p.bornBy(BASE) && p.ageOn(BASE) <= 17).toList();
    }

    private static double share(List<Person> of, java.util.function.Predicate<Person> test) {
        return of.stream().filter(test).count() / (double) of.size();
    }

    @Test
    void senProvisionMatchesTheSchoolCensus() {
        List<Person> pupils = pupils();
        assertThat(pupils.size()).isGreaterThan(8_000);
        assertThat(share(pupils, p -> p.life().planOn(BASE) != null)).isCloseTo(Prevalence.EHCP_PUPILS, within(0.01));
        assertThat(share(pupils, p -> p.life().senProvisionOn(BASE).equals("K")))
                .isCloseTo(Prevalence.SEN_SUPPORT_PUPILS, within(0.02));
        List<Person> plans = pupils.stream().filter(p -> p.life().planOn(BASE) != null).toList();
        assertThat(share(plans, p -> p.sex().equals("M"))).isCloseTo(Prevalence.EHCP_BOYS, within(0.06));
        assertThat(share(plans, p -> p.life().planOn(BASE).need().equals("ASD"))).isCloseTo(0.315, within(0.07));
        List<Person> support = pupils.stream().filter(p -> p.life().senProvisionOn(BASE).equals("K")).toList();
        assertThat(share(support, p -> p.life().senSupportOn(BASE).code().equals("SLCN"))).isCloseTo(0.251, within(0.05));
    }

    @Test
    void ehcPlansAcrossAges0To25() {
        List<Person> all = people.stream().filter(p -> p.residentOn(BASE) && p.bornBy(BASE) && p.ageOn(BASE) <= 25).toList();
        assertThat(share(all, p -> p.life().planOn(BASE) != null)).isCloseTo(Prevalence.EHCP_AGE_0_25, within(0.008));
    }

    @Test
    void socialCareRatesPer10k() {
        List<Person> kids = residentChildren();
        assertThat(share(kids, p -> p.life().cinOn(BASE) != null) * 1e4).isCloseTo(330, within(70.0));
        assertThat(share(kids, p -> p.life().protectionPlanOn(BASE)) * 1e4).isCloseTo(40.6, within(20.0));
        assertThat(share(kids, p -> p.life().lookedAfterOn(BASE)) * 1e4).isCloseTo(67, within(25.0));
    }

    @Test
    void childrenInNeedAreFarMoreLikelyToHaveAPlan() {
        List<Person> cinPupils = pupils().stream().filter(p -> p.life().cinOn(BASE) != null).toList();
        assertThat(cinPupils.size()).isGreaterThan(150);
        assertThat(share(cinPupils, p -> p.life().planOn(BASE) != null))
                .isCloseTo(Prevalence.EHCP_AMONG_CIN_PUPILS, within(0.12));
    }

    @Test
    void timelinessOfNewPlans() {
        List<EhcPlan> issued = people.stream().flatMap(p -> p.life().ehc.stream())
                .filter(e -> e.issued() != null && e.issued().isAfter(BASE.minusYears(3))).toList();
        assertThat(issued.size()).isGreaterThan(200);
        double within20 = issued.stream().filter(e -> ChronoUnit.DAYS.between(e.requested(), e.issued()) <= 140).count()
                / (double) issued.size();
        assertThat(within20).isCloseTo(Prevalence.EHCP_WITHIN_20_WEEKS, within(0.07));
    }

    @Test
    void homeEducationMissingEducationAndNeet() {
        List<Person> age5to15 = people.stream().filter(p -> p.residentOn(BASE) && p.academicAge(BASE) >= 5 && p.academicAge(BASE) <= 15).toList();
        assertThat(share(age5to15, p -> Life.anyActive(p.life().homeEducation, BASE))).isCloseTo(Prevalence.EHE_5_16, within(0.005));
        assertThat(share(age5to15, p -> Life.anyActive(p.life().missingEducation, BASE))).isCloseTo(Prevalence.CME_5_16, within(0.003));
        List<Person> age16to17 = people.stream().filter(p -> p.residentOn(BASE) && p.academicAge(BASE) >= 16 && p.academicAge(BASE) <= 17).toList();
        double neet = share(age16to17, p -> p.life().activities.stream().anyMatch(s -> s.activeOn(BASE)
                && List.of(Codes.NEET).contains(s.code())));
        assertThat(neet).isCloseTo(0.056 * Prevalence.NEET_SHARE_OF_NEET_NK, within(0.015));
    }

    @Test
    void twinsAreAboutThreePercentOfChildren() {
        List<Person> all = people.stream().filter(p -> p.residentOn(BASE) && p.bornBy(BASE)).toList();
        assertThat(share(all, p -> p.twinGroup() > 0)).isCloseTo(2 * Prevalence.TWIN_MATERNITY, within(0.01));
    }

    @Test
    void speechAndLanguageWaitsHaveALongTail() {
        List<HealthReferral> slt = people.stream().flatMap(p -> p.life().referrals.stream())
                .filter(h -> h.service().equals(Codes.SLT) && !h.contacts().isEmpty()).toList();
        assertThat(slt.size()).isGreaterThan(300);
        double over18 = slt.stream().filter(h -> ChronoUnit.DAYS.between(h.received(), h.contacts().get(0).date()) > 126).count()
                / (double) slt.size();
        assertThat(over18).isCloseTo(Prevalence.SLT_OVER_18_WEEKS, within(0.07));
        // Children whose plan specifies SLT and who are still waiting on the reference date exist.
        long waitingWithPlan = people.stream().filter(p -> {
            EhcPlan plan = p.life().planOn(BASE);
            return plan != null && plan.specifiesSlt() && p.life().referrals.stream().anyMatch(h -> h.service().equals(Codes.SLT)
                    && !h.received().isAfter(BASE) && h.firstSeenBy(BASE) == null && (h.discharged() == null || h.discharged().isAfter(BASE)));
        }).count();
        assertThat(waitingWithPlan).isPositive();
    }

    @Test
    void learningDisabilityIsUnderRecordedInHealthAndSocialCare() {
        List<Person> young = people.stream().filter(p -> p.residentOn(BASE) && p.ageOn(BASE) >= 14 && p.ageOn(BASE) <= 25).toList();
        long educationLd = young.stream().filter(p -> java.util.Arrays.asList("MLD", "SLD", "PMLD").contains(p.life().anyNeedBy(BASE))).count();
        long socialCare = young.stream().filter(p -> p.life().socialCareLdRegister != null && !p.life().socialCareLdRegister.start().isAfter(BASE)).count();
        long gp = young.stream().filter(p -> p.life().gpLdRegister != null && !p.life().gpLdRegister.start().isAfter(BASE)).count();
        long checks = young.stream().filter(p -> p.life().healthChecks.stream().anyMatch(d -> !d.isAfter(BASE) && d.isAfter(BASE.minusYears(1)))).count();
        assertThat(educationLd).isGreaterThan(socialCare * 2);
        assertThat(gp).isLessThan(educationLd);
        assertThat(checks).isPositive().isLessThan(gp);
        long early = people.stream().filter(p -> p.life().earlyDisability != null).count();
        assertThat(early / (double) people.size()).isCloseTo(0.0053, within(0.0025));
    }

    @Test
    void ratesStayRealisticTermsLater() {
        LocalDate later = BASE.plusMonths(4L * 9);
        List<Person> pupils = people.stream().filter(p -> Schooling.onRoll(p, later)).toList();
        assertThat(share(pupils, p -> p.life().senProvisionOn(later).equals("K"))).isCloseTo(Prevalence.SEN_SUPPORT_PUPILS, within(0.03));
        // Plans keep rising, as they do nationally, but stay plausible.
        assertThat(share(pupils, p -> p.life().planOn(later) != null)).isBetween(0.045, 0.075);
        List<Person> kids = people.stream().filter(p -> p.residentOn(later) && p.bornBy(later) && p.ageOn(later) <= 17).toList();
        assertThat(share(kids, p -> p.life().cinOn(later) != null) * 1e4).isCloseTo(330, within(100.0));
        assertThat(share(kids, p -> p.life().lookedAfterOn(later)) * 1e4).isCloseTo(67, within(30.0));
    }

    @Test
    void youthJusticeIsRareAndSkewedToBoys() {
        List<Person> teens = people.stream().filter(p -> p.residentOn(BASE) && p.ageOn(BASE) >= 10 && p.ageOn(BASE) <= 17).toList();
        List<Person> yj = teens.stream().filter(p -> Life.anyActive(p.life().youthJustice, BASE)).toList();
        assertThat(yj.size() / (double) teens.size()).isCloseTo(Prevalence.YOUTH_JUSTICE_10_17, within(0.003));
        assertThat(share(yj, p -> p.sex().equals("M"))).isGreaterThan(0.6);
    }
}
