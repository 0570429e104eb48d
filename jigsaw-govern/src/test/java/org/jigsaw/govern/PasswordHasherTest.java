package org.jigsaw.govern;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {
    // small parameters keep the suite fast; the format and checks are the same
    private final PasswordHasher hasher = new PasswordHasher(1024, 1, 1);

    @Test
    void hashIsArgon2idPhcWithSaltAndParameters() {
        String h = hasher.hash("correct horse".toCharArray());
        assertThat(h).matches("\\$argon2id\\$v=19\\$m=1024,t=1,p=1\\$[A-Za-z0-9+/]{22}\\$[A-Za-z0-9+/]{43}");
        assertThat(hasher.hash("correct horse".toCharArray())).as("fresh salt each time").isNotEqualTo(h);
    }

    @Test
    void verifiesRightPasswordOnly() {
        String h = hasher.hash("correct horse".toCharArray());
        assertThat(hasher.verify("correct horse".toCharArray(), h)).isTrue();
        assertThat(hasher.verify("correct horsf".toCharArray(), h)).isFalse();
        assertThat(hasher.verify("".toCharArray(), h)).isFalse();
    }

    @Test
    void verifiesWithTheParametersStoredInTheHash() {
        String strong = new PasswordHasher().hash("pässwörd".toCharArray());
        assertThat(hasher.verify("pässwörd".toCharArray(), strong)).isTrue();
        assertThat(hasher.needsRehash(strong)).isTrue();
    }

    @Test
    void malformedOrForeignHashesNeverVerify() {
        assertThat(hasher.verify("x".toCharArray(), null)).isFalse();
        assertThat(hasher.verify("x".toCharArray(), "x")).isFalse();
        assertThat(hasher.verify("x".toCharArray(), "$2a$10$abcdefghijklmnopqrstuv")).isFalse();
        String h = hasher.hash("x".toCharArray());
        assertThat(hasher.verify("x".toCharArray(), h.replace("m=1024", "m=999999999"))).isFalse();
        assertThat(hasher.verify("x".toCharArray(), h.replace("argon2id", "argon2i"))).isFalse();
    }
}
