package org.jigsaw.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SynthCommandTest {

    @Test
    void writesAnAreaFolderAndSummarisesIt(@TempDir Path dir) throws Exception {
        PrintStream old = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code;
        try {
            System.setOut(new PrintStream(out, true, "UTF-8"));
            code = Main.commandLine().execute("synth", "--children", "600", "--seed", "3", "--out", dir.toString());
        } finally {
            System.setOut(old);
        }
        assertThat(code).isZero();
        assertThat(dir.resolve("area.yaml")).exists();
        assertThat(dir.resolve("truth/records.csv")).exists();
        try (var s = Files.list(dir.resolve("sources"))) {
            assertThat(s.count()).isGreaterThanOrEqualTo(15);
        }
        assertThat(out.toString("UTF-8")).contains("school_census").contains("records")
                .contains("No data-sharing agreements").contains("jigsaw demo --out");
    }

    @Test
    void refusesToOverwriteAFolderThatIsNotASyntheticArea(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("area.yaml"), "name: Real Borough\n");
        Files.createDirectories(dir.resolve("extracts"));
        Files.writeString(dir.resolve("extracts/census.csv"), "real");
        int code = Main.commandLine().execute("synth", "--children", "600", "--out", dir.toString());
        assertThat(code).isNotZero();
        assertThat(dir.resolve("extracts/census.csv")).exists();
    }

    @Test
    void rejectsATermsLaterOutOfRange(@TempDir Path dir) {
        int code = Main.commandLine().execute("synth", "--children", "600", "--terms-later", "99", "--out", dir.toString());
        assertThat(code).isNotZero();
    }
}
