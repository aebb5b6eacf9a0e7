package dev.boxoffice.account.entity;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** An account locked after too many failed logins in a row, until {@code until}. */
public record LoginLock(Instant until) {

    /** The lock a stored locked_until means at {@code now}: none when unset or already over. */
    public static Optional<LoginLock> inForce(Instant lockedUntil, Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil) ? Optional.of(new LoginLock(lockedUntil)) : Optional.empty();
    }

    /** Whole seconds until the lock ends, rounded up and at least 1 (the value of Retry-After). */
    public long secondsLeftAt(Instant now) {
        Duration left = Duration.between(now, until);
        long seconds = left.getSeconds() + (left.getNano() > 0 ? 1 : 0);
        return Math.max(1, seconds);
    }

    /** Seconds left as whole minutes for people, rounded up: 1 s is "1 minute", 300 s "5 minutes". */
    public static long minutesFor(long secondsLeft) {
        return Math.max(1, (secondsLeft + 59) / 60);
    }
}
