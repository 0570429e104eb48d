package org.jigsaw.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StandardiserTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "  mrs  Zoë  o'Brien-smith |ZOE OBRIEN-SMITH",
            "O’Brien|OBRIEN",
            "Smith - Jones|SMITH-JONES",
            "Smith -Jones|SMITH-JONES",
            "Smith– Jones|SMITH-JONES",
            "Dr. José Núñez|JOSE NUNEZ",
            "Strauß|STRAUSS",
            "Øyvind|OYVIND",
            "Łukasz|LUKASZ",
            "Mary-Jane|MARY-JANE",
            "St. John|ST JOHN",
            "Lord|LORD",
            "Peter Smith Jnr|PETER SMITH",
            "ANNE-MARIE, |ANNE-MARIE"})
    void namesAreStandardised(String raw, String expected) {
        assertThat(Standardiser.name(raw)).isEqualTo(expected);
    }

    @Test
    void blankNamesAreNull() {
        assertThat(Standardiser.name(null)).isNull();
        assertThat(Standardiser.name("  ")).isNull();
        assertThat(Standardiser.name("'-.")).isNull();
    }

    @Test
    void familyNamePartsSplitDoubleBarrelledNamesAndGlueParticles() {
        assertThat(Standardiser.familyNameParts("Smith-Jones")).containsExactly("SMITH", "JONES");
        assertThat(Standardiser.familyNameParts("Bonham Carter")).containsExactly("BONHAM", "CARTER");
        assertThat(Standardiser.familyNameParts("de la Cruz")).containsExactly("DELACRUZ");
        assertThat(Standardiser.familyNameParts("Van der Berg-Smith")).containsExactly("VANDERBERG", "SMITH");
        assertThat(Standardiser.familyNameParts("O'Brien")).containsExactly("OBRIEN");
        assertThat(Standardiser.familyNameParts("")).isEmpty();
    }

    @Test
    void nicknamesMapToCanonicalGivenNames() {
        assertThat(Standardiser.canonicalGivenName("Bill")).isEqualTo("WILLIAM");
        assertThat(Standardiser.canonicalGivenName("  billy ")).isEqualTo("WILLIAM");
        assertThat(Standardiser.canonicalGivenName("William")).isEqualTo("WILLIAM");
        assertThat(Standardiser.canonicalGivenName("Peggy")).isEqualTo("MARGARET");
        assertThat(Standardiser.canonicalGivenName("Liam James")).isEqualTo("WILLIAM");
        assertThat(Standardiser.canonicalGivenName("Zebedee")).isEqualTo("ZEBEDEE");
        assertThat(Standardiser.canonicalGivenNames("Alex")).contains("ALEXANDER", "ALEXANDRA");
        assertThat(Nicknames.builtIn().equivalent("KATE", "KATHERINE")).isTrue();
        assertThat(Nicknames.builtIn().equivalent("ALEX", "ALEXANDRA")).isTrue();
        assertThat(Nicknames.builtIn().equivalent("BILL", "ROBERT")).isFalse();
    }

    @Test
    void localNicknameLinesExtendTheList() {
        Nicknames local = Nicknames.load(java.util.List.of("OLUWASEUN: SEUN, SHEUN"));
        assertThat(local.canonical("SEUN")).isEqualTo("OLUWASEUN");
        assertThat(Nicknames.builtIn().canonical("SEUN")).isEqualTo("SEUN");
    }

    @Test
    void doubleMetaphoneCodesAgreeForSoundAlikes() {
        assertThat(Standardiser.doubleMetaphone("Smith")).isEqualTo(Standardiser.doubleMetaphone("Smyth"));
        assertThat(Standardiser.doubleMetaphone("Catherine")).isEqualTo(Standardiser.doubleMetaphone("Kathryn"));
        assertThat(Standardiser.doubleMetaphone("Smith")).isNotEqualTo(Standardiser.doubleMetaphone("Jones"));
        assertThat(Standardiser.doubleMetaphoneAlternate("Schmidt")).isNotEqualTo(Standardiser.doubleMetaphone("Schmidt"));
        assertThat(Standardiser.doubleMetaphone(null)).isNull();
    }

    @Test
    void postcodesSexAndIdentifiers() {
        assertThat(Standardiser.postcode("bs14dj")).isEqualTo("BS1 4DJ");
        assertThat(Standardiser.postcodeSector("bs1 4dj")).isEqualTo("BS1 4");
        assertThat(Standardiser.postcodeDistrict("bs1 4dj")).isEqualTo("BS1");
        assertThat(Standardiser.postcode("not one")).isNull();
        assertThat(Standardiser.sex("2")).isEqualTo("F");
        assertThat(Standardiser.nhsNumber("943 476 5919")).isEqualTo("9434765919");
        assertThat(Standardiser.upn("b801200005001")).isEqualTo("B801200005001");
        assertThat(Standardiser.uln("9276308686")).isEqualTo("9276308686");
        assertThat(Standardiser.date("07/03/2015")).isEqualTo("2015-03-07");
    }
}
