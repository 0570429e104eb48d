package org.jigsaw.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.jigsaw.area.Area;
import org.junit.jupiter.api.Test;

/** What {@code sources check} says about the new parts of the language before any file is opened. */
class DefinitionLanguageTest {

    private static List<String> errors(String yaml) throws Exception {
        SourceDefinition d = Area.yaml().readValue(yaml, SourceDefinition.class);
        return SourceDefinitions.validate(d, "sources/x.yaml").stream()
                .filter(p -> p.severity() == SourceProblem.Severity.ERROR).map(SourceProblem::message).toList();
    }

    private static final String HEAD = "name: x\nfile: x.csv\nextract_date: 2025-01-01\nid: ID\n";

    @Test
    void aWhenLiteralTheMappingCannotProduceIsRejected() throws Exception {
        String yaml = HEAD + "values:\n  Sex: {\"a) Male\": M, \"/^b\\\\)/i\": F}\n"
                + "facts:\n  - {type: sen_support, start: D, when: {column: Sex, in: [Male]}}\n";
        assertThat(errors(yaml)).singleElement().asString()
                .contains("when: 'Male' can never match").contains("mapped under values to M, F");
        assertThat(errors(yaml.replace("in: [Male]", "not_in: [M]"))).isEmpty();
        assertThat(errors(yaml.replace("in: [Male]", "not_in: [X]"))).singleElement().asString().contains("'X' can never match");
    }

    @Test
    void aMappingNothingReadsAndABadPatternAreRejected() throws Exception {
        assertThat(errors(HEAD + "values:\n  Gender: {\"1\": M}\n")).singleElement().asString()
                .contains("column 'Gender' is used by no field or fact");
        assertThat(errors(HEAD + "fields: {sex: Gender}\nvalues:\n  Gender: {\"/a(/\": M}\n")).singleElement().asString()
                .contains("'/a(/' is not a valid pattern");
    }

    @Test
    void extractDateUseNeedsADateAndEachNeedsAJoinOnTabularSources() throws Exception {
        String noDate = "name: x\nfile: x.csv\nid: ID\nfacts:\n  - {type: sen_support, start: \"@extract_date\"}\n";
        assertThat(errors(noDate)).singleElement().asString().contains("'@extract_date' needs extract_date or reference_date");
        assertThat(errors(noDate.replace("id: ID\n", "id: ID\nreference_date: {column: CensusDate}\n"))).isEmpty();
        assertThat(errors(HEAD + "facts:\n  - {type: primary_need, each: needs, code: T}\n")).singleElement().asString()
                .contains("'needs' is neither");
        assertThat(errors(HEAD + "joins: [{name: needs, file: n.csv, on: ID}]\nfacts:\n  - {type: primary_need, each: needs, code: T}\n"))
                .isEmpty();
        assertThat(errors(HEAD + "facts:\n  - {type: sen_support, as_at: \"@extract_date\", end: E}\n")).singleElement().asString()
                .contains("'as_at' is for statuses, instead of 'start' and 'end'");
    }

    @Test
    void compositeIdsAndAlternativeColumnsReadFromYaml() throws Exception {
        SourceDefinition d = Area.yaml().readValue(HEAD.replace("id: ID", "id: [CHILD, DECOM]")
                + "fields: {sex: [Sex, GenderCurrent], dob: DOB}\n", SourceDefinition.class);
        assertThat(d.id().names()).containsExactly("CHILD", "DECOM");
        assertThat(d.fields().get("sex").names()).containsExactly("Sex", "GenderCurrent");
        assertThat(d.fieldColumns()).containsExactly(Map.entry("sex", "Sex"), Map.entry("dob", "DOB"));
        assertThat(d.idLabel()).isEqualTo("CHILD+DECOM");
    }

    @Test
    void valueMapsTryExactThenPrefixesAndPatternsInOrder() {
        ValueMap m = ValueMap.compile(new java.util.LinkedHashMap<>(Map.of("1", "M")));
        assertThat(m.map("1")).isEqualTo("M");
        assertThat(m.map("2")).isNull();
        Map<String, String> rules = new java.util.LinkedHashMap<>();
        rules.put("N1*", "N1");
        rules.put("/^(N\\d)\\b/", "$1");
        rules.put("/^a\\)/i", "M");
        ValueMap p = ValueMap.compile(rules);
        assertThat(p.map("n1 - Abuse or Neglect")).isEqualTo("N1");
        assertThat(p.map("N4 - Family in acute stress")).isEqualTo("N4");
        assertThat(p.map("A) MALE")).isEqualTo("M");
        assertThat(p.map("Unknown")).isNull();
        assertThat(p.map("Unknown")).isNull(); // remembered as no match
        assertThat(p.outputs()).isNull(); // "$1" depends on the code
    }
}
