package org.jigsaw.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DatesTest {

    @ParameterizedTest
    @ValueSource(strings = {"2015-03-07", "07/03/2015", "7/3/2015", "07-03-2015", "07.03.2015", "20150307", "2015/03/07",
            "7 Mar 2015", "07-MAR-2015", "7 March 2015", "07/03/15", "2015-03-07T00:00:00", "2015-03-07T10:15:00Z",
            "07/03/2015 00:00", "07/03/2015 00:00:00", "2015-03-07 00:00:00.000", " 7 mar 2015 ", "7 Sept 2015"})
    void recognisesCommonFormatsWithoutBeingTold(String raw) {
        LocalDate expected = raw.contains("Sept") ? LocalDate.of(2015, 9, 7) : LocalDate.of(2015, 3, 7);
        assertThat(Dates.parse(raw, 2026)).contains(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"31/02/2015", "2015-02-30", "29/02/2015", "00/01/2015", "13/13/2015", "2015-13-01",
            "not a date", "07/03", "7 Marchx 2015", "", "1/2/3/4", "32/01/2015"})
    void rejectsImpossibleOrUnreadableDates(String raw) {
        assertThat(Dates.parse(raw, 2026)).isEmpty();
    }

    @Test
    void leapDayIsAccepted() {
        assertThat(Dates.parse("29/02/2016", 2026)).contains(LocalDate.of(2016, 2, 29));
    }

    @Test
    void twoDigitYearsPivotOnTheGivenYear() {
        assertThat(Dates.parse("01/01/26", 2026)).contains(LocalDate.of(2026, 1, 1));
        assertThat(Dates.parse("01/01/27", 2026)).contains(LocalDate.of(1927, 1, 1));
        assertThat(Dates.parse("01/01/98", 2026)).contains(LocalDate.of(1998, 1, 1));
    }

    @Test
    void explicitPatternsComeFirstAndAreStrict() {
        var us = Dates.formatters(List.of("MM/dd/yyyy"));
        assertThat(Dates.parse("03/07/2015", us, 2026)).contains(LocalDate.of(2015, 3, 7));
        // 02/30 fails the strict US pattern and the UK fallback reads it as 2 of month 30: impossible
        assertThat(Dates.parse("02/30/2015", us, 2026)).isEmpty();
    }

    @Test
    void dateOfBirthChecksAgainstReferenceDateAndAgeRange() {
        LocalDate ref = LocalDate.of(2026, 3, 31);
        assertThat(new DateOfBirth(LocalDate.of(2015, 3, 7)).check(ref, 0, 25)).isEqualTo(DateOfBirth.Check.VALID);
        assertThat(new DateOfBirth(LocalDate.of(2026, 4, 1)).check(ref, 0, 25)).isEqualTo(DateOfBirth.Check.FUTURE);
        assertThat(new DateOfBirth(LocalDate.of(2000, 3, 31)).check(ref, 0, 25))
                .isEqualTo(DateOfBirth.Check.OUTSIDE_AGE_RANGE);
        assertThat(new DateOfBirth(LocalDate.of(2000, 4, 1)).check(ref, 0, 25)).isEqualTo(DateOfBirth.Check.VALID);
        assertThat(new DateOfBirth(LocalDate.of(2015, 3, 7)).ageOn(ref)).isEqualTo(11);
    }
}
