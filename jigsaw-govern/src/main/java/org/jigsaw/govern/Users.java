package org.jigsaw.govern;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jigsaw.area.ConfigYaml;

/**
 * The accounts in an area's {@code users.yaml}, for the embedded login of the web server.
 *
 * <pre>
 * users:
 *   - username: a.khan
 *     display_name: Aisha Khan
 *     role: operational
 *     remit: [north-locality]
 *     password_hash: $argon2id$v=19$m=19456,t=2,p=1$...$...
 * </pre>
 */
public final class Users {
    public static final String FILE = "users.yaml";

    private final Map<String, User> byName;
    private final PasswordHasher hasher;
    /** Verified against when the username is unknown, so a wrong name costs as long as a wrong password. */
    private final String decoy;

    public Users(Collection<User> users) {
        this(users, new PasswordHasher());
    }

    public Users(Collection<User> users, PasswordHasher hasher) {
        Map<String, User> map = new LinkedHashMap<>();
        for (User u : users) {
            if (map.put(u.username(), u) != null) {
                throw new IllegalArgumentException("duplicate username '" + u.username() + "' in " + FILE);
            }
        }
        this.byName = map;
        this.hasher = hasher;
        this.decoy = hasher.hash("decoy-password-never-matches".toCharArray());
    }

    /** Reads {@code file} ({@code users.yaml}), or {@code <dir>/users.yaml} when given an area folder. */
    public static Users load(Path file) throws IOException {
        Path f = Files.isDirectory(file) ? file.resolve(FILE) : file;
        if (!Files.isRegularFile(f)) {
            throw new IOException("no accounts file: " + f + " (create one with 'jigsaw users add' or 'jigsaw demo')");
        }
        UsersYaml yaml = ConfigYaml.read(f, f.getFileName().toString(), UsersYaml.class);
        List<User> users = new ArrayList<>();
        int i = 0;
        for (UserYaml u : yaml.users() == null ? List.<UserYaml>of() : yaml.users()) {
            i++;
            try {
                if (u.role() == null) throw new IllegalArgumentException("role missing");
                Role role;
                try {
                    role = Role.fromKey(u.role());
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("unknown role '" + u.role() + "' (board, analyst, operational, admin)");
                }
                if (u.passwordHash() == null || !u.passwordHash().startsWith("$argon2id$")) {
                    throw new IllegalArgumentException("password_hash must be an Argon2id hash ($argon2id$...)");
                }
                users.add(new User(u.username(), u.displayName(), role, u.remit(), u.passwordHash()));
            } catch (IllegalArgumentException | NullPointerException e) {
                throw new IOException(f.getFileName() + ": account " + i + ": " + e.getMessage(), e);
            }
        }
        try {
            return new Users(users);
        } catch (IllegalArgumentException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    /** Writes {@code users} to {@code file} (the whole file is replaced). */
    public static void write(Path file, Collection<User> users) throws IOException {
        List<UserYaml> rows = users.stream()
                .map(u -> new UserYaml(u.username(), u.displayName(), u.role().key(), u.remit(), u.passwordHash()))
                .toList();
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) Files.createDirectories(parent);
        Path tmp = Files.createTempFile(parent, ".users", ".tmp");
        YamlWriter.mapper().writeValue(tmp.toFile(), new UsersYaml(rows));
        Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    public Optional<User> find(String username) {
        return Optional.ofNullable(username == null ? null : byName.get(username.trim().toLowerCase(java.util.Locale.ROOT)));
    }

    public List<User> all() {
        return List.copyOf(byName.values());
    }

    /**
     * The account when the password is right, else empty. Unknown names and wrong passwords take
     * the same time and give the same answer, so the login page does not reveal which names exist.
     */
    public Optional<User> authenticate(String username, char[] password) {
        Optional<User> user = find(username);
        boolean ok = hasher.verify(password, user.map(User::passwordHash).orElse(decoy));
        return ok ? user : Optional.empty();
    }

    public int size() {
        return byName.size();
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record UsersYaml(List<UserYaml> users) {
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record UserYaml(String username,
                    @JsonProperty("display_name") String displayName,
                    String role,
                    List<String> remit,
                    @JsonProperty("password_hash") String passwordHash) {
    }
}
