package org.jigsaw.area;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.jigsaw.govern.AgreementSet;
import org.jigsaw.govern.Users;
import org.jigsaw.ingest.SourceDefinition;
import org.jigsaw.ingest.SourceDefinitions;
import org.jigsaw.ingest.SourceProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every config file's YAML mistakes come back as file, line, column and plain words. */
class ConfigYamlTest {

    @TempDir
    Path dir;

    private ConfigFileException readArea(String yaml) throws Exception {
        Files.writeString(dir.resolve("area.yaml"), yaml);
        try {
            Area.open(dir);
        } catch (ConfigFileException e) {
            assertThat(e.getMessage()).doesNotContainIgnoringCase("jackson").doesNotContainIgnoringCase("snakeyaml")
                    .doesNotContain("java.").doesNotContain("`").doesNotContain("org.").doesNotContain("\n");
            return e;
        }
        throw new AssertionError("area.yaml was accepted");
    }

    @Test
    void anUnknownKeyIsNamedWithTheKeysThatAreKnown() throws Exception {
        ConfigFileException e = readArea("name: T\nla_cod: \"801\"\nreference_date: 2026-03-31\n");
        assertThat(e.getMessage()).startsWith("area.yaml line 2, column 1: unknown key 'la_cod' (expected one of: ")
                .contains("la_code").contains("reference_date");
    }

    @Test
    void aValueOfTheWrongTypeSaysWhatWasExpected() throws Exception {
        assertThat(readArea("name: T\nreference_date: next week\n").getMessage())
                .isEqualTo("area.yaml line 2, column 17: 'reference_date': 'next week' is not a date (YYYY-MM-DD)");
        assertThat(readArea("name: T\nreference_date: 2026-03-31\nage_max: old\n").getMessage())
                .startsWith("area.yaml line 3").endsWith("'age_max': 'old' is not a whole number");
        assertThat(readArea("name: T\nreference_date: 2026-03-31\npostcode_districts: {a: 1}\n").getMessage())
                .startsWith("area.yaml line 3").contains("'postcode_districts' should be a list");
        assertThat(readArea("- name: T\n").getMessage()).isEqualTo("area.yaml line 1, column 1: the file should be a mapping (indented 'key: value' lines)");
    }

    @Test
    void syntaxMistakesAreSaidAsWhatToFix() throws Exception {
        assertThat(readArea("name: T\nla_code: \"801\"\n  reference_date: 2026-03-31\n").getMessage())
                .startsWith("area.yaml line 3, column ").contains("indentation");
        assertThat(readArea("name: T\n\treference_date: 2026-03-31\n").getMessage())
                .startsWith("area.yaml line 2, column 1: a tab character: indent with spaces only");
        assertThat(readArea("name: \"T\nreference_date: 2026-03-31\n").getMessage())
                .startsWith("area.yaml line ").contains("closing quote or bracket is missing");
        assertThat(readArea("name: T\npostcode_districts: [BS1, BS2\nreference_date: 2026-03-31\n").getMessage())
                .startsWith("area.yaml line ").contains("[ ]");
        assertThat(readArea("# nothing yet\n").getMessage()).isEqualTo("area.yaml: the file is empty");
    }

    @Test
    void aMissingReferenceDateIsAnError() throws Exception {
        assertThat(readArea("name: T\nla_code: \"801\"\n").getMessage()).startsWith("area.yaml: reference_date is missing");
    }

    @Test
    void aNestedUnknownKeyInASourceDefinitionNamesWhereItIs() throws Exception {
        Files.createDirectories(dir.resolve("sources"));
        Files.writeString(dir.resolve("sources/a.yaml"), "name: a\nfile: a.csv\nid: ID\nformat:\n  type: csv\n  delimeter: \";\"\n");
        Files.writeString(dir.resolve("sources/b.yaml"), "name: b\nfile: b.csv\nid: ID\nfields: {nhs_number: NHS}\n");
        SourceDefinitions.Loaded loaded = SourceDefinitions.load(dir);
        assertThat(loaded.sources()).extracting(p -> p.definition().name()).containsExactly("b");
        SourceProblem p = loaded.problems().get(0);
        assertThat(p.describe()).isEqualTo("sources/a.yaml:6: error: cannot read the definition (column 3): unknown key "
                + "'delimeter' under 'format' (expected one of: " + String.join(", ", knownFormatKeys()) + ")");
    }

    private static java.util.List<String> knownFormatKeys() throws Exception {
        try {
            Area.yaml().readValue("{nope: 1}", SourceDefinition.Format.class);
        } catch (com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException e) {
            return e.getKnownPropertyIds().stream().map(String::valueOf).sorted().toList();
        }
        throw new AssertionError();
    }

    @Test
    void agreementsAndUsersAreReadTheSameWay() throws Exception {
        Files.createDirectories(dir.resolve("agreements"));
        Files.writeString(dir.resolve("agreements/x.yaml"), "id: x\nstart: 2026-01-01\nend: someday\n");
        assertThatThrownBy(() -> AgreementSet.load(dir)).isInstanceOf(ConfigFileException.class)
                .hasMessage("agreements/x.yaml line 3, column 6: 'end': 'someday' is not a date (YYYY-MM-DD)");
        Files.writeString(dir.resolve("users.yaml"), "users:\n  - username: a\n    role: admin\n   display_name: A\n");
        assertThatThrownBy(() -> Users.load(dir)).isInstanceOf(ConfigFileException.class)
                .hasMessageStartingWith("users.yaml line 4").hasMessageContaining("indentation");
    }
}
