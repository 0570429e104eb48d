package org.jigsaw.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class BloomEncoderTest {
    static final byte[] KEY = "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
    static final byte[] OTHER = "fedcba9876543210fedcba9876543210".getBytes(StandardCharsets.US_ASCII);

    @Test
    void similarNamesKeepHighDiceAndDifferentNamesLow() {
        BloomEncoder e = new BloomEncoder(KEY, "family_name", BloomParams.DEFAULT);
        BloomFilter smith = e.encode("SMITH");
        assertThat(e.encode("SMITH")).isEqualTo(smith);
        assertThat(smith.dice(e.encode("SMYTH"))).isBetween(0.55, 0.85);
        assertThat(smith.dice(e.encode("SMITHE"))).isGreaterThan(0.75);
        assertThat(smith.dice(e.encode("OKONKWO"))).isLessThan(0.2);
        assertThat(smith.dice(smith)).isEqualTo(1.0);
    }

    @Test
    void diceOnFiltersTracksDiceOnBigrams() {
        BloomEncoder e = new BloomEncoder(KEY, "given_name", BloomParams.DEFAULT);
        String[][] pairs = {{"CATHERINE", "KATHERINE"}, {"JON", "JOHN"}, {"MOHAMMED", "MUHAMMAD"}, {"ELLIE", "ELLA"}};
        for (String[] p : pairs) {
            var a = BloomEncoder.qgrams(p[0], 2);
            var b = BloomEncoder.qgrams(p[1], 2);
            long common = a.stream().filter(b::contains).count();
            double clear = 2.0 * common / (a.size() + b.size());
            assertThat(e.encode(p[0]).dice(e.encode(p[1]))).as("%s/%s", p[0], p[1]).isCloseTo(clear, org.assertj.core.data.Offset.offset(0.08));
        }
    }

    @Test
    void keyAndFieldBothChangeTheBits() {
        BloomFilter a = new BloomEncoder(KEY, "family_name", BloomParams.DEFAULT).encode("SMITH");
        BloomFilter otherKey = new BloomEncoder(OTHER, "family_name", BloomParams.DEFAULT).encode("SMITH");
        BloomFilter otherField = new BloomEncoder(KEY, "given_name", BloomParams.DEFAULT).encode("SMITH");
        assertThat(a.dice(otherKey)).isLessThan(0.2);
        assertThat(a.dice(otherField)).as("per-field salt").isLessThan(0.2);
    }

    @Test
    void balancedFiltersHaveTheSameWeightWhateverTheName() {
        BloomParams p = new BloomParams(512, 15, 2, true);
        BloomEncoder e = new BloomEncoder(KEY, "family_name", p);
        assertThat(e.encode("LI").cardinality()).isEqualTo(512).isEqualTo(e.encode("WOLFESCHLEGELSTEINHAUSEN").cardinality());
        assertThat(e.encode("SMITH").dice(e.encode("SMYTH"))).isGreaterThan(e.encode("SMITH").dice(e.encode("JONES")));
        BloomFilter back = BloomFilter.fromBase64(e.encode("SMITH").toBase64(), p.outputBits());
        assertThat(back).isEqualTo(e.encode("SMITH"));
    }
}
