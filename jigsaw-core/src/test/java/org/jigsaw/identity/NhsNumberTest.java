package org.jigsaw.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class NhsNumberTest {

    @ParameterizedTest
    @ValueSource(strings = {"9434765919", "9434765870", "9000000009", "943 476 5919", "943-476-5919", " 9434765919 "})
    void publishedValidNumbersParse(String raw) {
        assertThat(NhsNumber.parse(raw)).isPresent();
        assertThat(NhsNumber.isValid(raw)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"9434765871", "9876544321", "1111111111", "0000000000", "943476591", "94347659190",
            "94347659A9", "", "   "})
    void invalidNumbersAreEmpty(String raw) {
        assertThat(NhsNumber.parse(raw)).isEmpty();
    }

    @Test
    void nullIsEmpty() {
        assertThat(NhsNumber.parse(null)).isEmpty();
    }

    @Test
    void canonicalFormIsTenDigitsAndFormattedIsThreeThreeFour() {
        NhsNumber n = NhsNumber.parse("943 476 5919").orElseThrow();
        assertThat(n.digits()).isEqualTo("9434765919");
        assertThat(n.formatted()).isEqualTo("943 476 5919");
        assertThat(n.testRange()).isFalse();
    }

    @Test
    void stemWhoseCheckWouldBeTenIsNeverIssued() {
        // 943476587: weighted sum 286 + ... ; find a stem with check 10 by search and assert no number with it is valid
        String stem = null;
        for (int i = 999000000; i < 999000100; i++) {
            if (NhsNumber.checkDigit(Integer.toString(i)) == -1) {
                stem = Integer.toString(i);
                break;
            }
        }
        assertThat(stem).isNotNull();
        for (int d = 0; d <= 9; d++) assertThat(NhsNumber.isValid(stem + d)).isFalse();
    }

    @Test
    void checkDigitOfPublishedExample() {
        assertThat(NhsNumber.checkDigit("943476591")).isEqualTo(9);
        assertThat(NhsNumber.checkDigit("943476587")).isZero();
    }

    @Test
    void constructorRejectsInvalid() {
        assertThatThrownBy(() -> new NhsNumber("9434765871")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageNotContaining("9434765871");
    }
}
