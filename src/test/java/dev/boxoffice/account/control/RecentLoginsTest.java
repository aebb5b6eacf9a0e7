package dev.boxoffice.account.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** A verified login is remembered while in use, and only for the same password and stored hash. */
class RecentLoginsTest {

    private final MovableClock clock = new MovableClock(Instant.parse("2026-11-26T10:00:00Z"));
    private final RecentLogins logins = new RecentLogins();

    RecentLoginsTest() {
        logins.clock = clock;
        logins.remember("ada", "secret-one", "hash-1");
    }

    @Test
    void onlyTheSameUsernamePasswordAndStoredHashMatch() {
        assertTrue(logins.contains("ada", "secret-one", "hash-1"));
        assertFalse(logins.contains("ada", "secret-two", "hash-1"), "another password");
        assertFalse(logins.contains("bob", "secret-one", "hash-1"), "another user");
        assertFalse(logins.contains("ada", "secret-one", "hash-2"), "the password was changed since");
    }

    @Test
    void anUnusedLoginIsForgottenAfterAMinute() {
        clock.advance(RecentLogins.IDLE_TTL.minusSeconds(1));
        assertTrue(logins.contains("ada", "secret-one", "hash-1"));
        clock.advance(RecentLogins.IDLE_TTL);
        assertFalse(logins.contains("ada", "secret-one", "hash-1"));
    }

    @Test
    void aLoginInUseStaysRememberedPastItsFirstMinute() {
        for (int second = 0; second < 5 * 60; second += 20) {
            clock.advance(Duration.ofSeconds(20));
            assertTrue(logins.contains("ada", "secret-one", "hash-1"), "after " + (second + 20) + " s of use");
        }
    }

    private static final class MovableClock extends Clock {
        private Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
