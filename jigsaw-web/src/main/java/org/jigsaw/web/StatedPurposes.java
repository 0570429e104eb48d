package org.jigsaw.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The purpose and reason an operational user stated once for this session, with the agreement
 * that grants it: lists of children and child views opened from a count use it instead of asking
 * again (each is still audited with it). Keyed by the session id, so signing in again asks anew.
 */
final class StatedPurposes {
    record Stated(String purpose, String reason, String agreement, Instant at) {
    }

    /** As long as a session can live at most. */
    private static final Duration LIFE = Duration.ofHours(10);
    private final Map<String, Stated> bySession = new ConcurrentHashMap<>();
    private final Clock clock;

    StatedPurposes(Clock clock) {
        this.clock = clock;
    }

    void state(String sessionId, String purpose, String reason, String agreement) {
        Instant now = clock.instant();
        if (bySession.size() > 10_000) bySession.values().removeIf(s -> s.at().plus(LIFE).isBefore(now));
        bySession.put(sessionId, new Stated(purpose, reason, agreement, now));
    }

    Optional<Stated> of(String sessionId) {
        Stated s = bySession.get(sessionId);
        if (s == null || s.at().plus(LIFE).isBefore(clock.instant())) return Optional.empty();
        return Optional.of(s);
    }
}
