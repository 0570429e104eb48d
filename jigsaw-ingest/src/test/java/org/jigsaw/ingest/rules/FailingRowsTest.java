package org.jigsaw.ingest.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jigsaw.ingest.QualityFinding;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** Locating the failing rows of a list finds exactly the rows the rule counts, for every Annex A case of the catalogue. */
class FailingRowsTest {

    static Stream<RuleCatalogueTest.Case> annexA() {
        return RuleCatalogueTest.cases().filter(c -> c.pack().startsWith("annex-a-send"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("annexA")
    void theFailingRowsAreTheFailingCasesAndTheCountIsRuleRuns(RuleCatalogueTest.Case c) {
        RulePack pack = RulePacks.named(c.pack()).orElseThrow();
        List<Integer> failing = rowsFailing(pack, c.code(), c.failing());
        assertThat(failing).hasSize((int) c.failures());
        assertThat(rowsFailing(pack, c.code(), c.passing())).isEmpty();

        RuleRun run = new RuleRun(List.of(c.pack()), RuleCatalogueTest.CTX);
        c.failing().forEach(run::accept);
        QualityFinding counted = run.findings("list").stream()
                .filter(f -> f.check().equals(RuleRun.CHECK_PREFIX + c.code())).findFirst().orElseThrow();
        assertThat((long) failing.size()).isEqualTo(counted.count());

        if (pack.rules().stream().anyMatch(r -> r.code().equals(c.code()) && r instanceof RowRule)) {
            // behind passing rows, the failures are found at their own positions
            List<Values> rows = new ArrayList<>(c.passing());
            rows.addAll(c.failing());
            assertThat(rowsFailing(pack, c.code(), rows)).hasSize(failing.size())
                    .allSatisfy(i -> assertThat(i).isGreaterThanOrEqualTo(c.passing().size()));
        }
    }

    @Test
    void everyRowSharingAUpnIsLocated() {
        RulePack pack = RulePacks.named("annex-a-send-list-1").orElseThrow();
        Values a = TestRow.of("UPN", "B801200005001");
        Values b = TestRow.of("UPN", "B801200005002");
        assertThat(rowsFailing(pack, "109", List.of(a, b, a, TestRow.of("UPN", ""), a))).containsExactly(0, 2, 4);
    }

    @Test
    void rulesOverAChildsEpisodesAreNotLocatedToListRows() {
        RulePack episodes = RulePacks.all().stream().filter(p -> p.rules().stream().anyMatch(r -> r instanceof EpisodeRule))
                .findFirst().orElseThrow();
        assertThatThrownBy(() -> FailingRows.of(episodes, RuleCatalogueTest.CTX, List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("episodes");
    }

    private static List<Integer> rowsFailing(RulePack pack, String code, List<Values> rows) {
        return FailingRows.of(pack, RuleCatalogueTest.CTX, rows).stream().filter(r -> r.rule().code().equals(code))
                .findFirst().orElseThrow().rows();
    }
}
