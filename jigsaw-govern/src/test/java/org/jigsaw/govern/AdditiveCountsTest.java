package org.jigsaw.govern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AdditiveCountsTest {

    /** A total of 5 split over seven age bands, five of them 1 and two empty. */
    private static AdditiveCounts<String> sevenBands(long... bands) {
        AdditiveCounts<String> c = new AdditiveCounts<>();
        long total = 0;
        for (int i = 0; i < bands.length; i++) {
            c.count("band" + i, bands[i]);
            total += bands[i];
        }
        c.count("total", total);
        c.line("total", java.util.stream.IntStream.range(0, bands.length).mapToObj(i -> "band" + i).toList());
        return c;
    }

    @Test
    void aZeroBesideAHiddenCountIsHiddenSoAStarNoLongerMeansAtLeastOne() {
        Map<String, Released> r = sevenBands(1, 1, 1, 1, 1, 0, 0).release(Suppression.nhsEngland());
        // shown one by one, band5 = 0 and five * bands would make the * total at least 5
        assertThat(r.get("band5").suppressed()).isTrue();
        assertThat(r.get("band6").suppressed()).isTrue();
        assertThat(r.get("total").suppressed()).isTrue();
        assertThat(Suppression.nhsEngland().count(0).suppressed()).isFalse();
    }

    @Test
    void zerosInLinesWithNothingHiddenStayZero() {
        Map<String, Released> r = sevenBands(20, 30, 0, 0, 40, 0, 10).release(Suppression.nhsEngland());
        assertThat(r.get("band2").display()).isEqualTo("0");
        assertThat(r.get("band0").display()).isEqualTo("20");
        assertThat(r.get("total").display()).isEqualTo("100");
    }

    @Test
    void openSafelyHidesEveryZeroAnyway() {
        Map<String, Released> r = sevenBands(20, 30, 0, 0, 40, 0, 10).release(Suppression.openSafely());
        assertThat(r.get("band2").suppressed()).isTrue();
        assertThat(r.get("band0").display()).isEqualTo("20");
    }

    @Test
    void theThresholdRuleLeavesNoLineWithASingleHiddenEntry() {
        Map<String, Released> r = sevenBands(20, 30, 3, 12, 40, 15, 10).release(Suppression.threshold(10));
        long hidden = r.entrySet().stream().filter(e -> e.getValue().suppressed()).count();
        assertThat(r.get("band2").suppressed()).isTrue();
        assertThat(hidden).isGreaterThanOrEqualTo(2);
        // the smallest visible non-zero part is the one hidden beside it
        assertThat(r.get("band6").suppressed()).isTrue();
    }

    @Test
    void aCellCountedTwiceMustAgreeAndLinesMustAddUp() {
        AdditiveCounts<String> c = new AdditiveCounts<>();
        c.count("a", 3);
        c.count("a", 3);
        assertThatThrownBy(() -> c.count("a", 4)).isInstanceOf(IllegalArgumentException.class);
        c.count("b", 2);
        c.count("t", 6);
        assertThatThrownBy(() -> c.line("t", List.of("a", "b"))).hasMessageContaining("do not add up");
        assertThatThrownBy(() -> c.line("t", List.of("a", "missing"))).hasMessageContaining("no count");
    }
}
