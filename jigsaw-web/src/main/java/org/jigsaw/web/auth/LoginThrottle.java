package org.jigsaw.web.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Locks an account after repeated failed sign-ins, so passwords cannot be guessed online.
 * Counted per account, not per address: an attacker spreading guesses over many addresses still
 * hits the lock. A successful sign-in clears the count.
 */
public final class LoginThrottle {
    private record State(int failures, Instant lockedUntil) {
    }

    private final int maxFailures;
    private final Duration lockFor;
    private final Clock clock;
    private final Map<String, State> states = new ConcurrentHashMap<>();

    public LoginThrottle(int maxFailures, Duration lockFor, Clock clock) {
        this.maxFailures = maxFailures;
        this.lockFor = lockFor;
        this.clock = clock;
    }

    public static LoginThrottle standard() {
        return new LoginThrottle(5, Duration.ofMinutes(15), Clock.systemUTC());
    }

    public boolean locked(String subject) {
        State s = states.get(subject);
        return s != null && s.lockedUntil() != null && clock.instant().isBefore(s.lockedUntil());
    }

    /** Records a failure; returns true when this failure locked the account. */
    public boolean failed(String subject) {
        State s = states.compute(subject, (k, old) -> {
            int n = (old == null || (old.lockedUntil() != null && !clock.instant().isBefore(old.lockedUntil()))) ? 1 : old.failures() + 1;
            return new State(n, n >= maxFailures ? clock.instant().plus(lockFor) : null);
        });
        return s.lockedUntil() != null;
    }

    public void succeeded(String subject) {
        states.remove(subject);
    }
}
