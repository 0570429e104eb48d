package org.jigsaw.feed;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SafeCsvTest {

    @ParameterizedTest
    @ValueSource(strings = {"=1+1", "+44 117", "-2", "@SUM(A1)", "\tx", "\rx", "\uFF1D1"})
    void formulaLikeCellsAreNeutralised(String value) {
        assertThat(SafeCsv.cell(value)).isEqualTo("'" + value);
    }

    @ParameterizedTest
    @CsvSource(quoteCharacter = '"', value = {"9990000018,9990000018", "ASD,ASD", "2026-09-15,2026-09-15", "'quoted,'quoted"})
    void ordinaryCellsAreUnchanged(String value, String expected) {
        assertThat(SafeCsv.cell(value)).isEqualTo(expected);
    }

    @org.junit.jupiter.api.Test
    void nullIsEmpty() {
        assertThat(SafeCsv.cell(null)).isEmpty();
    }
}
