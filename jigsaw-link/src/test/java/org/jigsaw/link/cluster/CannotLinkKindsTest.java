package org.jigsaw.link.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jigsaw.link.data.RecordTable;
import org.jigsaw.link.spec.CannotLinkSpec;
import org.junit.jupiter.api.Test;

class CannotLinkKindsTest {

    @Test
    void linkDefinesTheClearRulesOnly() {
        assertThat(CannotLinkKinds.builtIn().names())
                .containsExactlyInAnyOrder("different_value", "twins", "different_upn", "different_dob", "one_per_source");
        // jigsaw-pprl is not on link's class path: nothing but link's own rules is installed here
        assertThat(CannotLinkKinds.installed().names()).isEqualTo(CannotLinkKinds.builtIn().names());
    }

    @Test
    void aRuleOnAFieldTheRecordsLackStaysOutAndTheOthersKeepTheirOrder() {
        RecordTable t = RecordTable.fromRows(List.of("a", "b"), List.of("x", "y"),
                List.of(Map.of("nhs_number", "9434765919"), Map.of("nhs_number", "9434765870")));
        CannotLink c = CannotLink.compile(t, List.of(CannotLinkSpec.twins(), CannotLinkSpec.differentValue("nhs_number"),
                new CannotLinkSpec("different_dob", null), CannotLinkSpec.onePerSource()), Set.of());
        assertThat(c.names()).containsExactly("different nhs_number", "one record per source");
        assertThat(c.forbids(0, 1)).isTrue();
        assertThat(c.forbidsAsDuplicateInSource(0, 1)).as("different sources").isFalse();
    }
}
