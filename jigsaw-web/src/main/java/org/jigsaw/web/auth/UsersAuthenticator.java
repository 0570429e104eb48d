package org.jigsaw.web.auth;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Optional;
import org.jigsaw.govern.Users;

/**
 * The embedded default: accounts in the area's {@code users.yaml} with Argon2id hashes. The file
 * is re-read when it changes, so an administrator can add or disable an account without a restart.
 */
public final class UsersAuthenticator implements Authenticator {
    private final Path file;
    private volatile Users users;
    private volatile FileTime loaded;

    public UsersAuthenticator(Path file) {
        this.file = file;
        reloadIfChanged();
    }

    public Users users() {
        reloadIfChanged();
        return users;
    }

    private synchronized void reloadIfChanged() {
        try {
            FileTime t = Files.getLastModifiedTime(file);
            if (loaded == null || !t.equals(loaded)) {
                users = Users.load(file);
                loaded = t;
            }
        } catch (IOException e) {
            if (users == null) throw new UncheckedIOException("cannot read the accounts file " + file + ": " + e.getMessage(), e);
        }
    }

    @Override
    public Optional<Principal> authenticate(Credentials credentials) {
        if (!(credentials instanceof Credentials.Password p)) return Optional.empty();
        return users().authenticate(p.username() == null ? "" : p.username().trim(), p.password())
                .map(u -> new Principal(u.username(), u.displayName() == null ? u.username() : u.displayName(), u.role()));
    }
}
