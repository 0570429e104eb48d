package org.jigsaw.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProblemLedgerTest {

    private static final ValueMap SEX = ValueMap.compile(Map.of("1", "M", "2", "F"));

    @Test
    void anUnknownCodeIsCountedOncePerRowAndColumnWhereverItIsRead() {
        ProblemLedger ledger = new ProblemLedger("src");
        ledger.at("a.csv", 2, 1);
        assertThat(ledger.map("sex", SEX, " 9 ")).isEqualTo("9");
        assertThat(ledger.map("sex", SEX, "9")).isEqualTo("9"); // the same row read again (a fact's code)
        assertThat(ledger.map("sex", SEX, "1")).isEqualTo("M");
        ledger.at("a.csv", 3, 2);
        ledger.unmapped("sex");

        assertThat(ledger.unmappedCounts()).containsExactly(Map.entry("sex", 2L));
        assertThat(ledger.problems()).extracting(SourceProblem::line).containsExactly(2L, 3L);
        assertThat(ledger.problems().get(0).column()).isEqualTo("sex");
    }

    @Test
    void locatesOnlyASampleOfEachKindAndCountsTheRest() {
        ProblemLedger ledger = new ProblemLedger("src");
        for (int line = 1; line <= ProblemLedger.SAMPLES + 5; line++) {
            ledger.quarantine("a.csv", line, QuarantineReason.MISSING_ID, "no value in the id column 'id'", "id");
        }
        ledger.quarantine("a.csv", 99, QuarantineReason.DUPLICATE_ROW, "an exact copy", null);

        assertThat(ledger.quarantine().size()).isEqualTo(ProblemLedger.SAMPLES + 6);
        assertThat(ledger.problems()).hasSize(ProblemLedger.SAMPLES + 1);
        assertThat(ledger.problems().get(ProblemLedger.SAMPLES).line()).isEqualTo(99);
        List<SourceProblem> out = new ArrayList<>();
        ledger.more(out, ProblemLedger.SAMPLES + 5, null, SourceProblem.Severity.ERROR, "quarantined MISSING_ID");
        ledger.more(out, 1, null, SourceProblem.Severity.ERROR, "quarantined DUPLICATE_ROW");
        assertThat(out).extracting(SourceProblem::message).containsExactly("… and 5 more rows: quarantined MISSING_ID");
    }
}
