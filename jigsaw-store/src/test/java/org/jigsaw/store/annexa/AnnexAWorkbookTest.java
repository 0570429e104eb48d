package org.jigsaw.store.annexa;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Rows failing a rule, as the Validation sheet names them: the list sheet's own row numbers. */
class AnnexAWorkbookTest {

    @Test
    void listRowsBecomeSheetRowsWithRunsJoined() {
        assertThat(AnnexAWorkbook.sheetRows(List.of(0, 1, 2, 5, 7, 8))).isEqualTo("2-4, 7, 9-10");
        assertThat(AnnexAWorkbook.sheetRows(List.of(3))).isEqualTo("5");
        assertThat(AnnexAWorkbook.sheetRows(List.of())).isEmpty();
    }

    @Test
    void aCountyOfScatteredRowsStillFitsOneCell() {
        List<Integer> everyOther = IntStream.range(0, 40_000).map(i -> i * 2).boxed().toList();
        String cell = AnnexAWorkbook.sheetRows(everyOther);
        assertThat(cell.length()).isLessThanOrEqualTo(32_767);
        assertThat(cell).startsWith("2, 4, 6").endsWith("(more: see the count)");
    }
}
