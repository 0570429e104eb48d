package org.jigsaw.feed;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NhsNumberCheckTest {

    @ParameterizedTest
    @ValueSource(strings = {"9434765919", "943 476 5919", "9990000018", "9990000026"})
    void validNumbers(String n) {
        assertThat(NhsNumberCheck.isValid(n)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"9434765918", "999000001", "99900000181", "1111111111", "99900A0018", "", "9990000019"})
    void invalidNumbers(String n) {
        assertThat(NhsNumberCheck.isValid(n)).isFalse();
    }
}
