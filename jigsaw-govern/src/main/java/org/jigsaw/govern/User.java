package org.jigsaw.govern;

import java.util.List;
import java.util.Objects;

/**
 * One account from {@code users.yaml}.
 *
 * @param username     login name, unique in the area (lower case, no spaces)
 * @param displayName  shown on screen and in the audit report
 * @param role         what the account may see
 * @param remit        teams or localities an operational user may drill into; empty = the whole area
 * @param passwordHash Argon2id PHC string made by {@link PasswordHasher}; never the password itself
 */
public record User(String username, String displayName, Role role, List<String> remit, String passwordHash) {

    public User {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(role, "role");
        if (!username.matches("[a-z0-9][a-z0-9._@-]{0,63}")) {
            throw new IllegalArgumentException("invalid username '" + username
                    + "': use lower-case letters, digits, '.', '_', '-', '@' (up to 64)");
        }
        displayName = displayName == null || displayName.isBlank() ? username : displayName;
        remit = remit == null ? List.of() : List.copyOf(remit);
    }

    /** True when the user's remit covers {@code team}: an empty remit covers every team. */
    public boolean covers(String team) {
        return remit.isEmpty() || (team != null && remit.contains(team));
    }

    /** Hides the hash from logs and error messages. */
    @Override
    public String toString() {
        return "User[" + username + ", " + role.key() + "]";
    }
}
