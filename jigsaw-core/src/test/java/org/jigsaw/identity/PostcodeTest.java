package org.jigsaw.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PostcodeTest {

    @ParameterizedTest
    @CsvSource({"SW1A 1AA,SW1A 1AA,SW1A 1,SW1A", "sw1a1aa,SW1A 1AA,SW1A 1,SW1A", "EC1A 1BB,EC1A 1BB,EC1A 1,EC1A",
            "W1A 0AX,W1A 0AX,W1A 0,W1A", "m1 1ae,M1 1AE,M1 1,M1", "B33  8TH,B33 8TH,B33 8,B33",
            "CR2 6XH,CR2 6XH,CR2 6,CR2", "DN55 1PT,DN55 1PT,DN55 1,DN55", "bs1-4dj,BS1 4DJ,BS1 4,BS1", "GIR 0AA,GIR 0AA,GIR 0,GIR"})
    void validPostcodesNormalise(String raw, String full, String sector, String district) {
        Postcode p = Postcode.parse(raw).orElseThrow();
        assertThat(p.full()).isEqualTo(full);
        assertThat(p.sector()).isEqualTo(sector);
        assertThat(p.district()).isEqualTo(district);
    }

    @ParameterizedTest
    @ValueSource(strings = {"QA1 1AA", "AB1 1CA", "12345", "SW1A 1A", "SW1A1AAA", "B33 TH8", "VX1 1AA", "AJ1 1AA", ""})
    void invalidPostcodesAreEmpty(String raw) {
        assertThat(Postcode.parse(raw)).isEmpty();
    }

    @Test
    void areaIsTheLeadingLetters() {
        assertThat(Postcode.parse("SW1A 1AA").orElseThrow().area()).isEqualTo("SW");
        assertThat(Postcode.parse("M1 1AE").orElseThrow().area()).isEqualTo("M");
    }
}
