package org.jigsaw.privacy;

import org.jigsaw.keys.KeyFile;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PseudonymsTest {
    @TempDir
    Path tmp;

    @Test
    void sameChildHasUnlinkablePseudonymsUnderTwoAgreements() throws IOException {
        Path kf = tmp.resolve("keys/keys.yaml");
        assertThat(KeyFile.init(kf, List.of("health", "education"))).containsExactly("health", "education");
        KeyFile keys = KeyFile.load(kf);
        Pseudonyms h = Pseudonyms.forAgreement(keys, "health");
        Pseudonyms e = Pseudonyms.forAgreement(keys, "education");
        assertThat(h.of("person-42")).matches("P[A-Z2-7]{16}").isEqualTo(h.of("person-42"));
        assertThat(h.of("person-42")).isNotEqualTo(e.of("person-42")).isNotEqualTo(h.of("person-43"));
    }

    @Test
    void initNeverReplacesAnExistingKey() throws IOException {
        Path kf = tmp.resolve("keys.yaml");
        KeyFile.init(kf, List.of("a"));
        String before = Pseudonyms.forAgreement(KeyFile.load(kf), "a").of("x");
        assertThat(KeyFile.init(kf, List.of("a", "b"))).containsExactly("b");
        assertThat(Pseudonyms.forAgreement(KeyFile.load(kf), "a").of("x")).isEqualTo(before);
        assertThat(Files.getPosixFilePermissions(kf)).hasSize(2);
    }

    @Test
    void missingKeyFileOrKeyIsAClearError() throws IOException {
        assertThatThrownBy(() -> KeyFile.load(tmp.resolve("nope.yaml")))
                .isInstanceOf(NoSuchFileException.class).hasMessageContaining("jigsaw keys init");
        Path kf = tmp.resolve("keys.yaml");
        KeyFile.init(kf, List.of("a"));
        assertThatThrownBy(() -> Pseudonyms.forAgreement(KeyFile.load(kf), "b")).hasMessageContaining("no key 'b'");
    }

    @Test
    void keyFileInsideTheAreaIsRefused() throws IOException {
        Path area = Files.createDirectories(tmp.resolve("area"));
        Path inside = area.resolve("keys.yaml");
        KeyFile.init(inside, List.of("a"));
        assertThatThrownBy(() -> Pseudonyms.forAgreement(inside, area, "a")).hasMessageContaining("outside the area folder");
    }
}
