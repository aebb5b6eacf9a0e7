package dev.boxoffice.account.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class LoginLockTest {

    private static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");

    @Test
    void lockIsInForceUntilTheExactMomentItEnds() {
        Instant until = NOW.plusSeconds(300);
        assertTrue(LoginLock.inForce(until, NOW).isPresent());
        assertTrue(LoginLock.inForce(until, until.minusMillis(1)).isPresent());
        assertTrue(LoginLock.inForce(until, until).isEmpty(), "over at, not after, its end");
        assertTrue(LoginLock.inForce(null, NOW).isEmpty(), "never locked");
    }

    @Test
    void secondsLeftRoundUpAndNeverReachZero() {
        LoginLock lock = new LoginLock(NOW.plusSeconds(300));
        assertEquals(300, lock.secondsLeftAt(NOW));
        assertEquals(300, lock.secondsLeftAt(NOW.plusMillis(1)), "299.999 s left is still 300 to wait");
        assertEquals(1, lock.secondsLeftAt(NOW.plusMillis(299_999)));
        assertEquals(1, lock.secondsLeftAt(NOW.plusSeconds(300)), "a client told 0 would retry at once");
    }

    @Test
    void minutesForPeopleRoundUp() {
        assertEquals(5, LoginLock.minutesFor(300));
        assertEquals(5, LoginLock.minutesFor(241));
        assertEquals(4, LoginLock.minutesFor(240));
        assertEquals(1, LoginLock.minutesFor(1));
        assertEquals(1, LoginLock.minutesFor(0));
    }
}
