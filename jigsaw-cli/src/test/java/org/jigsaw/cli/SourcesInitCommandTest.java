package org.jigsaw.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code jigsaw sources init}: what it says about files it cannot use, re-runs, --force and --copy. */
class SourcesInitCommandTest {

    @TempDir
    Path area;
    @TempDir
    Path inbox;

    @BeforeEach
    void areaAndFiles() throws Exception {
        Files.writeString(area.resolve("area.yaml"), "name: Testshire\nla_code: \"801\"\nreference_date: 2026-03-31\n");
        var s = PublishedLayouts.ssda903Schema();
        PublishedLayouts.csv903(s, "Header", inbox.resolve("Header.csv"), List.of(Map.of("CHILD", "C1", "SEX", "1", "DOB", "01/01/2015")));
        PublishedLayouts.csv903(s, "Episodes", inbox.resolve("Episodes.csv"), List.of(Map.of("CHILD", "C1", "DECOM", "01/04/2024")));
    }

    @Test
    void saysPlainlyWhatItCouldNotRecogniseAndWhy() throws Exception {
        Files.writeString(inbox.resolve("notes.csv"), "a,b,c\n1,2,3\n");
        Files.writeString(inbox.resolve("short.csv"), "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,HOME_POST,PL_POST,URN,REASON_PLACE_CHANGE\nC1,01/04/2024,S,C2,N1,U1,PR1,,,,\n");
        Files.writeString(inbox.resolve("other.xml"), "<Returns><Child/></Returns>");
        Files.writeString(inbox.resolve("broken.xml"), "<Message><Header>");
        SourcesInitAcceptanceTest.Run r = SourcesInitAcceptanceTest.run("sources", "init", area.toString(),
                inbox.resolve("notes.csv").toString(), inbox.resolve("short.csv").toString(), inbox.resolve("other.xml").toString(),
                inbox.resolve("broken.xml").toString(), inbox.resolve("missing.csv").toString(), inbox.resolve("Episodes.csv").toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).contains("notes.csv: not recognised: no header matches a known return")
                .contains("short.csv: not recognised: looks like the SSDA903 Episodes table but has no column DEC, REC")
                .contains("other.xml: not recognised: XML root <Returns> is not a known return")
                .contains("broken.xml: not recognised: not well-formed XML")
                .contains("missing.csv: not recognised: no such file")
                .contains("Episodes.csv: not used: SSDA903 Episodes carry only CHILD (DOB and sex are in Header): give the Header table too");
        assertThat(area.resolve("sources/ssda903.yaml")).doesNotExist();
    }

    @Test
    void aReRunKeepsAHandEditedDefinitionUnlessForced() throws Exception {
        String[] args = {"sources", "init", area.toString(), inbox.resolve("Header.csv").toString(), inbox.resolve("Episodes.csv").toString()};
        SourcesInitAcceptanceTest.Run first = SourcesInitAcceptanceTest.run(args);
        assertThat(first.exit()).as(first.out()).isZero();
        assertThat(first.out()).contains("wrote sources/ssda903.yaml").contains("facts: looked_after")
                .contains("extract_date 2026-03-31, the area's reference date");
        Path def = area.resolve("sources/ssda903.yaml");
        assertThat(Files.readString(def)).contains("file: " + inbox.resolve("Episodes.csv").toAbsolutePath());

        assertThat(SourcesInitAcceptanceTest.run(args).out()).contains("unchanged sources/ssda903.yaml");

        String edited = Files.readString(def).replace("code: LS", "code: PLACE");
        Files.writeString(def, edited);
        SourcesInitAcceptanceTest.Run again = SourcesInitAcceptanceTest.run(args);
        assertThat(again.exit()).isEqualTo(1);
        assertThat(again.out()).contains("kept sources/ssda903.yaml: it differs from what init writes (edited by hand?); --force replaces it");
        assertThat(Files.readString(def)).isEqualTo(edited);

        String[] forced = java.util.stream.Stream.concat(java.util.Arrays.stream(args), java.util.stream.Stream.of("--force")).toArray(String[]::new);
        assertThat(SourcesInitAcceptanceTest.run(forced).out()).contains("replaced sources/ssda903.yaml");
        assertThat(Files.readString(def)).contains("code: LS");
    }

    @Test
    void copyPutsTheFilesUnderExtractsAndPointsThereRelativeToTheArea() throws Exception {
        SourcesInitAcceptanceTest.Run r = SourcesInitAcceptanceTest.run("sources", "init", area.toString(),
                inbox.resolve("Header.csv").toString(), inbox.resolve("Episodes.csv").toString(), "--copy", "--extract-date", "2025-03-31");
        assertThat(r.exit()).as(r.out()).isZero();
        assertThat(area.resolve("extracts/ssda903/Episodes.csv")).exists();
        String def = Files.readString(area.resolve("sources/ssda903.yaml"));
        assertThat(def).contains("file: extracts/ssda903/Episodes.csv").contains("file: extracts/ssda903/Header.csv")
                .contains("extract_date: 2025-03-31");
        assertThat(r.out()).doesNotContain("the area's reference date");
    }
}
