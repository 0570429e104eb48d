package org.jigsaw.link.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.jigsaw.link.Linker;
import org.jigsaw.link.cluster.CannotLinkKinds;
import org.jigsaw.link.compare.LevelKinds;
import org.jigsaw.link.data.RecordTable;
import org.jigsaw.link.spec.BlockingRuleSpec;
import org.jigsaw.link.spec.CannotLinkSpec;
import org.jigsaw.link.spec.ClusteringSpec;
import org.jigsaw.link.spec.ComparisonSpec;
import org.jigsaw.link.spec.LevelSpec;
import org.jigsaw.link.spec.LinkSpec;
import org.jigsaw.progress.Progress;
import org.junit.jupiter.api.Test;

class SpecValidationTest {

    private static final LevelSpec EXACT = LevelSpec.of("exact");

    private static LinkSpec spec(List<ComparisonSpec> comparisons, List<BlockingRuleSpec> blocking, List<CannotLinkSpec> cannotLink) {
        return new LinkSpec(null, null, null, blocking, 0, comparisons, null, null, new ClusteringSpec(0, cannotLink), null);
    }

    private static List<String> problems(LinkSpec s) {
        return SpecValidation.problems(s, LevelKinds.installed(), CannotLinkKinds.installed());
    }

    @Test
    void theShippedSpecsKeepEveryRule() {
        assertThat(problems(LinkSpec.defaultSpec())).isEmpty();
        assertThat(problems(LinkSpec.nationalSpec())).isEmpty();
    }

    @Test
    void everyProblemIsNamedAndReportedAtOnce() {
        LinkSpec bad = spec(List.of(
                        new ComparisonSpec("given", "given_name", List.of(new LevelSpec("jaro_winkler", 0.9, null, null, null, null)), true),
                        new ComparisonSpec("family", "family_name", List.of(EXACT, LevelSpec.of("soundalike")), false),
                        new ComparisonSpec("dob", "dob", List.of(EXACT, LevelSpec.of("within_days")), false),
                        new ComparisonSpec("dob", "dob", List.of(EXACT), false)),
                List.of(new BlockingRuleSpec("sound", List.of("family_name:sounds_like"))),
                List.of(new CannotLinkSpec("different_value", null), new CannotLinkSpec("siblings", null)));
        assertThat(problems(bad)).containsExactly(
                "comparison 'given': term_frequency needs 'exact' as its first level",
                "comparison 'family' level 2: unknown level kind 'soundalike'; known: " + LevelKinds.installed().names(),
                "comparison 'dob' level 2: level 'within_days' needs 'days'",
                "comparison 'dob' is named twice",
                "blocking rule 'sound' key 'family_name:sounds_like': unknown key transform 'sounds_like'; known: "
                        + new java.util.TreeSet<>(org.jigsaw.link.data.Transforms.names()),
                "cannot_link 'different_value': cannot_link different_value needs a field",
                "cannot_link 'siblings': unknown cannot_link kind 'siblings'; known: " + CannotLinkKinds.installed().names());
        assertThatThrownBy(() -> SpecValidation.validate(bad)).hasMessageContaining("term_frequency needs 'exact'")
                .hasMessageContaining("unknown cannot_link kind 'siblings'");
    }

    @Test
    void theLocalEngineRefusesBeforeLinking() {
        LinkSpec bad = spec(List.of(new ComparisonSpec("given", "given_name", List.of(LevelSpec.of("soundalike")), false)),
                List.of(new BlockingRuleSpec(null, List.of("given_name"))), List.of());
        RecordTable t = RecordTable.fromRows(List.of("a"), List.of("s"), List.of(java.util.Map.of("given_name", "JACK")));
        assertThatThrownBy(() -> new Linker(bad).link(t, List.of(), java.util.Map.of(), Progress.NONE))
                .hasMessage("comparison 'given' level 1: unknown level kind 'soundalike'; known: " + LevelKinds.installed().names());
    }

    @Test
    void aSpecWithNothingLeftToRunIsRefused() {
        assertThatThrownBy(() -> SpecValidation.applicable(spec(List.of(), List.of(new BlockingRuleSpec(null, List.of("dob"))), List.of())))
                .hasMessage("no comparison in the link spec applies to the fields present");
        assertThatThrownBy(() -> SpecValidation.applicable(spec(List.of(new ComparisonSpec(null, "dob", List.of(EXACT), false)), List.of(), List.of())))
                .hasMessage("no blocking rule in the link spec applies to the fields present");
    }
}
