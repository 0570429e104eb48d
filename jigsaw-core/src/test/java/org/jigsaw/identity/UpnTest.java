package org.jigsaw.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UpnTest {

    @ParameterizedTest
    @ValueSource(strings = {"B801200005001", "A950000178301", "E801200119123", "M80120011912A", "b801200005001",
            "B 801 2000 05 001"})
    void publishedValidUpnsParse(String raw) {
        assertThat(Upn.parse(raw)).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {"C801200005001", "B801200005002", "B80120000500", "B8012000050011", "I801200005001",
            "1801200005001", "B80120000500I", "B8012000A5001", ""})
    void invalidUpnsAreEmpty(String raw) {
        assertThat(Upn.parse(raw)).isEmpty();
    }

    @Test
    void checkLetterMatchesWorkedExample() {
        // 8x2 + 1x4 + 2x5 + 5x10 + 1x13 = 93; 93 mod 23 = 1 -> B
        assertThat(Upn.checkLetter("801200005001")).isEqualTo('B');
    }

    @Test
    void temporaryUpnEndsInALetterAndKeepsItsLaCode() {
        Upn temp = Upn.parse("M80120011912A").orElseThrow();
        assertThat(temp.temporary()).isTrue();
        assertThat(temp.laCode()).isEqualTo("801");
        assertThat(Upn.parse("B801200005001").orElseThrow().temporary()).isFalse();
    }

    @Test
    void lowerCaseIsCanonicalisedToUpper() {
        assertThat(Upn.parse("m80120011912a").orElseThrow().value()).isEqualTo("M80120011912A");
    }
}
