package org.jigsaw.web.attack;

import static org.assertj.core.api.Assertions.assertThat;

import org.jigsaw.web.attack.RatioAttack.Observed;
import org.junit.jupiter.api.Test;

/** The derived-figure attacker on planted percentages: the 75/207, and the safe version of it. */
class RatioAttackTest {
    private final ReleaseRule rule = ReleaseRule.nhsEngland();
    private final Interval numerator = rule.interval("75").orElseThrow();   // 73..77
    private final Interval anyDenominator = new Interval(1, 5000);

    @Test
    void aRawPercentageOfTheRoundedNumeratorOverTheExactDenominatorRecoversTheDenominator() {
        RatioAttack.Verdict v = RatioAttack.judge(Observed.ofRaw(36.231884057971016), 100, numerator, anyDenominator, rule);
        assertThat(v.fromReleased()).isFalse();
        assertThat(v.finer()).isEqualTo(RatioAttack.Model.ROUNDED_NUMERATOR);
        assertThat(v.narrowed().denominators()).containsExactly(207L);
    }

    @Test
    void evenTheShownOneDecimalPercentagePinsTheDenominator() {
        // 36.2% of a released 75: the denominator lies in 206.9..207.5
        RatioAttack.Verdict v = RatioAttack.judge(Observed.ofText("36.2%").orElseThrow(), 100, numerator, anyDenominator, rule);
        assertThat(v.fromReleased()).isFalse();
        assertThat(v.narrowed().denominators()).containsExactly(207L);
    }

    @Test
    void aPercentageOfExactCountsRecoversBoth() {
        // 100 × 74 / 207 = 35.748792…: only the exact model reproduces it, with the numerator and denominator pinned
        RatioAttack.Verdict v = RatioAttack.judge(Observed.ofRaw(100.0 * 74 / 207), 100, numerator, new Interval(203, 207), rule);
        assertThat(v.finer()).isEqualTo(RatioAttack.Model.EXACT);
        assertThat(v.narrowed().numerators()).containsExactly(74L);
        assertThat(v.narrowed().denominators()).containsExactly(207L);
    }

    @Test
    void aPercentageOfRoundedCountsIsNotFlagged() {
        // 75 / 205 from the released figures: every true pair in 73..77 × 203..207 is still possible
        Interval den = rule.interval("205").orElseThrow();
        assertThat(RatioAttack.judge(Observed.ofRaw(100.0 * 75 / 205), 100, numerator, den, rule).fromReleased()).isTrue();
        assertThat(RatioAttack.judge(Observed.ofText("36.6%").orElseThrow(), 100, numerator, den, rule).fromReleased()).isTrue();
        RatioAttack.Candidates c = RatioAttack.enumerate(Observed.ofRaw(100.0 * 75 / 205), 100, numerator, den, RatioAttack.Model.RELEASED, rule);
        assertThat(c.numerators()).containsExactly(73L, 74L, 75L, 76L, 77L);
        assertThat(c.denominators()).containsExactly(203L, 204L, 205L, 206L, 207L);
    }

    @Test
    void aRatePerTenThousandFromTheExactPopulationRecoversThePopulation() {
        // 10,000 × 250 / 3,017 shown as 828.6: the population is pinned to 3,017
        Interval num = rule.interval("250").orElseThrow();
        RatioAttack.Verdict v = RatioAttack.judge(Observed.ofText("828.6").orElseThrow(), 10_000, num, new Interval(1, 20_000), rule);
        assertThat(v.fromReleased()).isFalse();
        assertThat(v.narrowed().denominators()).containsExactly(3017L);
    }
}
