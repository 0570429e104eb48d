package org.jigsaw.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jigsaw.link.compare.LevelKinds;
import org.jigsaw.link.spec.LevelSpec;
import org.jigsaw.link.spec.LinkSpec;
import org.jigsaw.progress.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LinkSpecTest {

    @Test
    void defaultSpecLoadsAndRoundTrips(@TempDir Path dir) throws Exception {
        LinkSpec spec = LinkSpec.defaultSpec();
        assertThat(spec.comparisons()).extracting(c -> c.name()).contains("nhs_number", "given_name", "family_name", "dob", "residence");
        assertThat(spec.blockingRules()).hasSizeGreaterThan(3);
        assertThat(spec.thresholds().accept()).isGreaterThan(spec.thresholds().review());
        Files.writeString(dir.resolve("linkage.yaml"), spec.toYaml());
        assertThat(LinkSpec.forArea(dir)).isEqualTo(spec);
    }

    @Test
    void areaSpecReplacesTheDefault(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("linkage.yaml"), """
                blocking_rules:
                  - keys: [dob]
                comparisons:
                  - field: family_name
                    levels:
                      - {kind: exact}
                thresholds: {accept: 0.99, review: 0.99}
                """);
        LinkSpec spec = LinkSpec.forArea(dir);
        assertThat(spec.comparisons()).singleElement().extracting(c -> c.name()).isEqualTo("family_name");
        LinkResult r = new AreaLinker().link(List.of(
                Records.child("a", "1", "X", "SMITH", "2015-01-01", "F", null, null, null),
                Records.child("b", "1", "Y", "SMITH", "2015-01-01", "F", null, null, null)),
                new LinkContext(dir, List.of(), Map.of()), Progress.NONE);
        assertThat(r.pairs()).hasSize(1);
        assertThat(r.metrics()).containsKeys("candidate_pairs", "persons", "quality");
    }

    @Test
    void mistakesInTheSpecAreReportedClearly(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("linkage.yaml"), "comparisons:\n  - field: dob\n    levelz: []\n");
        assertThatThrownBy(() -> LinkSpec.forArea(dir)).hasMessageContaining("linkage.yaml").hasMessageContaining("levelz");
        assertThatThrownBy(() -> LevelKinds.defaults().create(LevelSpec.of("soundalike")))
                .hasMessageContaining("unknown level kind 'soundalike'").hasMessageContaining("jaro_winkler");
        assertThatThrownBy(() -> LevelKinds.defaults().create(LevelSpec.of("jaro_winkler"))).hasMessageContaining("threshold");
    }

    @Test
    void aNewLevelKindPlugsIn() {
        LevelKinds kinds = LevelKinds.defaults().with("same_length", s -> new org.jigsaw.link.compare.SameLengthLevel());
        assertThat(kinds.create(LevelSpec.of("same_length")).label()).isEqualTo("same_length");
    }
}
