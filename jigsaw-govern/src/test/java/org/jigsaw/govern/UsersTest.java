package org.jigsaw.govern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UsersTest {
    private final PasswordHasher hasher = new PasswordHasher(1024, 1, 1);

    @Test
    void writesAndLoadsAccountsAndAuthenticates(@TempDir Path dir) throws IOException {
        User board = new User("board", "Board member", Role.BOARD, List.of(), hasher.hash("b-pass".toCharArray()));
        User ops = new User("ops", "Operational lead", Role.OPERATIONAL, List.of("north"), hasher.hash("o-pass".toCharArray()));
        Users.write(dir.resolve("users.yaml"), List.of(board, ops));

        String yaml = Files.readString(dir.resolve("users.yaml"));
        assertThat(yaml).contains("role: operational").doesNotContain("b-pass").contains("$argon2id$");

        Users users = Users.load(dir);
        assertThat(users.all()).extracting(User::username).containsExactly("board", "ops");
        assertThat(users.find("ops").orElseThrow().remit()).containsExactly("north");
        assertThat(users.authenticate("ops", "o-pass".toCharArray())).map(User::role).contains(Role.OPERATIONAL);
        assertThat(users.authenticate("ops", "b-pass".toCharArray())).isEmpty();
        assertThat(users.authenticate("nobody", "o-pass".toCharArray())).isEmpty();
    }

    @Test
    void refusesUnknownRoleAndPlainPasswords(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("users.yaml"), """
                users:
                  - username: eve
                    role: superuser
                    password_hash: $argon2id$v=19$m=1024,t=1,p=1$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA
                """);
        assertThatThrownBy(() -> Users.load(dir)).hasMessageContaining("unknown role 'superuser'");
        Files.writeString(dir.resolve("users.yaml"), """
                users:
                  - username: eve
                    role: admin
                    password_hash: letmein
                """);
        assertThatThrownBy(() -> Users.load(dir)).hasMessageContaining("Argon2id").hasMessageNotContaining("letmein");
    }

    @Test
    void missingFileIsAClearError(@TempDir Path dir) {
        assertThatThrownBy(() -> Users.load(dir)).hasMessageContaining("no accounts file");
    }
}
