package org.jigsaw.web.auth;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * In-memory sessions with an idle and an absolute timeout. Signing in always issues a new id
 * (no session fixation); signing out deletes it. Restarting the server signs everyone out, which
 * is the safe failure.
 */
public final class Sessions {
    private final SecureRandom random = new SecureRandom();
    private final Map<String, Session> byId = new ConcurrentHashMap<>();
    private final Duration idle;
    private final Duration absolute;
    private final Clock clock;

    public Sessions(Duration idle, Duration absolute, Clock clock) {
        this.idle = idle;
        this.absolute = absolute;
        this.clock = clock;
    }

    public static Sessions standard() {
        return new Sessions(Duration.ofMinutes(30), Duration.ofHours(10), Clock.systemUTC());
    }

    /** A fresh anonymous session, only to carry the sign-in form's CSRF token. */
    public Session anonymous() {
        return store(null);
    }

    /** A fresh signed-in session; any session the browser had is dropped by the caller. */
    public Session signIn(Principal principal) {
        return store(principal);
    }

    public Optional<Session> find(String id) {
        if (id == null || id.isEmpty()) return Optional.empty();
        Session s = byId.get(id);
        if (s == null) return Optional.empty();
        Instant now = clock.instant();
        if (now.isAfter(s.lastSeen().plus(idle)) || now.isAfter(s.created().plus(absolute))) {
            byId.remove(id);
            return Optional.empty();
        }
        Session t = s.touched(now);
        byId.put(id, t);
        return Optional.of(t);
    }

    public void end(String id) {
        if (id != null) byId.remove(id);
    }

    /** Compares a submitted CSRF token with the session's in constant time. */
    public static boolean csrfMatches(Session s, String submitted) {
        return s != null && submitted != null && MessageDigest.isEqual(
                s.csrfToken().getBytes(StandardCharsets.UTF_8), submitted.getBytes(StandardCharsets.UTF_8));
    }

    private Session store(Principal p) {
        Instant now = clock.instant();
        Session s = new Session(token(), p, token(), now, now);
        byId.put(s.id(), s);
        if (byId.size() > 10_000) purge(now);
        return s;
    }

    private void purge(Instant now) {
        byId.values().removeIf(s -> now.isAfter(s.lastSeen().plus(idle)));
    }

    private String token() {
        byte[] b = new byte[32];
        random.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }
}
