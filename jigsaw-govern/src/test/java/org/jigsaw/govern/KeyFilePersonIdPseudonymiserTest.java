package org.jigsaw.govern;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeyFilePersonIdPseudonymiserTest {
    @Test
    void stablePerAreaKeyAndDifferentAcrossAreas(@TempDir Path a, @TempDir Path b) throws Exception {
        String p1 = KeyFilePersonIdPseudonymiser.forArea(a).pseudonym("P0000001");
        assertThat(KeyFilePersonIdPseudonymiser.forArea(a).pseudonym("P0000001")).isEqualTo(p1).hasSize(64).doesNotContain("P0000001");
        assertThat(KeyFilePersonIdPseudonymiser.forArea(a).pseudonym("P0000002")).isNotEqualTo(p1);
        assertThat(KeyFilePersonIdPseudonymiser.forArea(b).pseudonym("P0000001")).isNotEqualTo(p1);
        assertThat(Files.getPosixFilePermissions(a.resolve(KeyFilePersonIdPseudonymiser.KEY_FILE)))
                .isEqualTo(java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
    }
}
