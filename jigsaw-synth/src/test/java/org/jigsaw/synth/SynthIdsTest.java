package org.jigsaw.synth;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SynthIdsTest {

    @Test
    void nhsNumbersAreChecksumValidAndInTheTestRange() {
        SplittableRandom r = new SplittableRandom(1);
        for (int i = 0; i < 10_000; i++) {
            String nhs = SynthIds.nhsNumber(r);
            assertThat(nhs).startsWith("999").hasSize(10);
            assertThat(SynthIds.nhsValid(nhs)).isTrue();
        }
    }

    @Test
    void nhsCheckDigitMatchesPublishedVectors() {
        assertThat(SynthIds.nhsValid("9434765919")).isTrue();
        assertThat(SynthIds.nhsValid("9434765870")).isTrue();
        assertThat(SynthIds.nhsValid("9434765871")).isFalse();
        assertThat(SynthIds.nhsValid("9876544321")).isFalse();
    }

    @Test
    void upnCheckLettersMatchPublishedVectors() {
        assertThat(SynthIds.upnValid("B801200005001")).isTrue();
        assertThat(SynthIds.upnValid("A950000178301")).isTrue();
        assertThat(SynthIds.upnValid("P207000016049")).isTrue();
        assertThat(SynthIds.upnValid("Q207000016049")).isFalse();
        assertThat(SynthIds.upn("801200119123")).isEqualTo("E801200119123");
        assertThat(SynthIds.upn("80120011912A")).isEqualTo("M80120011912A");
        assertThat(SynthIds.upnTemporary("M80120011912A")).isTrue();
    }

    @Test
    void mistypedAndTransposedNhsNumbersFailTheCheck() {
        SplittableRandom r = new SplittableRandom(2);
        for (int i = 0; i < 2_000; i++) {
            String nhs = SynthIds.nhsNumber(r);
            assertThat(SynthIds.nhsValid(FaultInjector.mistype(nhs, r))).isFalse();
            String t = FaultInjector.transpose(nhs, r);
            assertThat(t).isNotEqualTo(nhs);
            assertThat(SynthIds.nhsValid(t)).isFalse();
        }
    }

    @Test
    void idMinterNeverCollides() {
        IdMinter m = new IdMinter(new Seeds(3), "x", "", 6);
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (int i = 0; i < 200_000; i++) assertThat(seen.add(m.id(i))).isTrue();
    }
}
