package org.jigsaw.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jigsaw.web.view.Cell;
import org.jigsaw.web.view.Column;
import org.jigsaw.web.view.Csv;
import org.jigsaw.web.view.DataTable;
import org.junit.jupiter.api.Test;

class CsvTest {
    @Test
    void formulaInjectionIsNeutralisedButNumbersStayNumbers() {
        assertThat(Csv.safe("=HYPERLINK(\"http://x\",\"y\")")).isEqualTo("'=HYPERLINK(\"http://x\",\"y\")");
        assertThat(Csv.safe("+cmd|' /C calc'!A0")).startsWith("'");
        assertThat(Csv.safe("@SUM(A1)")).startsWith("'");
        assertThat(Csv.safe("-2+3")).startsWith("'");
        assertThat(Csv.safe("\tx")).startsWith("'");
        assertThat(Csv.safe("-5")).isEqualTo("-5");
        assertThat(Csv.safe("+1,250")).isEqualTo("+1,250");
        assertThat(Csv.safe("*")).isEqualTo("*");
        assertThat(Csv.safe("Smith")).isEqualTo("Smith");
    }

    @Test
    void writesTheDisclosedTextOfEveryCellWithQuoting() {
        DataTable t = new DataTable("t", "T", List.of(Column.text("a", "A"), Column.number("n", "N")),
                List.of(List.of(Cell.text("x, y"), Cell.text("*")), List.of(Cell.text("=1+1"), Cell.number("1,250", 1250.0))));
        assertThat(Csv.write(t).lines().toList()).containsExactly("a,n", "\"x, y\",*", "'=1+1,\"1,250\"");
    }
}
