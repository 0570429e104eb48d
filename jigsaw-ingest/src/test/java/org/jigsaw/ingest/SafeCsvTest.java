package org.jigsaw.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class SafeCsvTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "=HYPERLINK(\"http://evil.example\",\"click\")|'=HYPERLINK(\"http://evil.example\",\"click\")",
            "+SUM(A1:A2)|'+SUM(A1:A2)",
            "-2+3|'-2+3",
            "@cmd|'@cmd",
            "＝1+1|'＝1+1",
            "-12.5|-12.5",
            "+44|+44",
            "Smith|Smith",
            "O'Brien|O'Brien"})
    void formulasAreNeutralisedAndNumbersLeftAlone(String cell, String expected) {
        assertThat(SafeCsv.neutralise(cell)).isEqualTo(expected);
    }

    @Test
    void everyCellWrittenIsNeutralisedAndQuoted() throws Exception {
        StringWriter out = new StringWriter();
        try (SafeCsv csv = SafeCsv.to(out)) {
            csv.row("a", "=HYPERLINK(\"http://x\",\"y\")", 3, null);
        }
        assertThat(out.toString()).isEqualTo("a,\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",3,\r\n");
    }
}
