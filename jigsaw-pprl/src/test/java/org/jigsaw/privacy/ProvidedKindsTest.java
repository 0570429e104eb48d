package org.jigsaw.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import org.jigsaw.link.cluster.CannotLinkKinds;
import org.jigsaw.link.compare.LevelKinds;
import org.junit.jupiter.api.Test;

/** With jigsaw-pprl on the class path, its kinds are installed beside link's own (META-INF/services). */
class ProvidedKindsTest {

    @Test
    void privacyPlugsItsLevelAndCannotLinkKindsIntoLink() {
        assertThat(CannotLinkKinds.installed().names()).containsAll(CannotLinkKinds.builtIn().names()).contains("encoded_twins");
        assertThat(CannotLinkKinds.builtIn().names()).doesNotContain("encoded_twins");
        assertThat(LevelKinds.installed().names()).containsAll(LevelKinds.builtIn().names()).contains("dice", "encoded_key");
        assertThat(LevelKinds.builtIn().names()).doesNotContain("dice", "encoded_key");
    }
}
