package org.jigsaw.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SexTest {

    @ParameterizedTest
    @CsvSource({"M,M", "m,M", "1,M", "Male,M", "boy,M", "F,F", "2,F", "female,F", "Girl,F", "0,U", "9,U", "X,U",
            "Not Known,U", "U,U", "Indeterminate,U"})
    void mapsCodeListsOntoCanonicalCodes(String raw, Sex expected) {
        assertThat(Sex.parse(raw)).contains(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "Q", "3", "yes"})
    void unknownCodesAreEmpty(String raw) {
        assertThat(Sex.parse(raw)).isEmpty();
    }
}
