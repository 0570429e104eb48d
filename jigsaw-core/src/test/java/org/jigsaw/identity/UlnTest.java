package org.jigsaw.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UlnTest {

    @ParameterizedTest
    @ValueSource(strings = {"9276308686", "927 630 8686"})
    void publishedValidUlnParses(String raw) {
        assertThat(Uln.parse(raw)).map(Uln::digits).contains("9276308686");
    }

    @ParameterizedTest
    @ValueSource(strings = {"9276308687", "0276308686", "927630868", "92763086860", "9434765919", "ABCDEFGHIJ", ""})
    void invalidUlnsAreEmpty(String raw) {
        assertThat(Uln.parse(raw)).isEmpty();
    }

    @Test
    void checkDigitCompletesAStem() {
        assertThat(Uln.checkDigit("927630868")).isEqualTo(6);
        for (int i = 100000000; i < 100000200; i++) {
            int c = Uln.checkDigit(Integer.toString(i));
            if (c >= 0) assertThat(Uln.isValid(i + Integer.toString(c))).isTrue();
        }
    }
}
