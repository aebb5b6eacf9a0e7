package dev.boxoffice.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.boxoffice.testsupport.Api;
import dev.boxoffice.testsupport.Reply;
import dev.boxoffice.testsupport.TestData;
import dev.boxoffice.testsupport.User;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Five wrong passwords in a row lock an account for BOXOFFICE_LOCKOUT_SECONDS (300 s in the tests). */
public class LockoutScenarios {

    private final Api api;

    public LockoutScenarios(Api api) {
        this.api = api;
    }

    public void fiveWrongPasswordsLockAccountEvenForRightPassword() {
        User user = TestData.user("forgetful");
        User wrong = new User(user.name(), "not-the-password");
        // a recent successful login is remembered; the lock must not be bypassed through that cache
        assertEquals(200, api.get("api/me", user).status());

        for (int attempt = 1; attempt <= 4; attempt++) {
            Reply reply = api.get("api/me", wrong);
            assertEquals(401, reply.status(), "attempt " + attempt + ": " + reply);
            assertEquals(attempt, failedLogins(user));
        }
        Reply fifth = api.get("api/me", wrong);
        assertEquals(429, fifth.status(), "the failure that locks the account already says so: " + fifth);
        assertEquals(5, failedLogins(user));

        Reply rightPassword = api.get("api/me", user);
        assertEquals(429, rightPassword.status(), rightPassword.toString());
        assertEquals("application/problem+json", rightPassword.contentType());
        assertEquals("https://boxoffice.dev/problems/account-locked", rightPassword.json().getString("type"));
        assertEquals(429, rightPassword.json().getInt("status"));
        long retryAfter = Long.parseLong(rightPassword.header("Retry-After"));
        assertTrue(retryAfter > 290 && retryAfter <= 300, "seconds left of the 300 s lock: " + retryAfter);
        assertEquals(429, api.get("api/shows", user).status(), "locked on public reads too (credentials were sent)");
        assertEquals(429, api.get("api/admin/accounts", user).status(), "locked before any authorisation check");
        assertEquals(401, api.get("api/admin/accounts", new User(user.name() + "-nobody", "x")).status());
        assertEquals("https://boxoffice.dev/problems/bad-credentials",
                api.get("api/admin/accounts", new User(user.name() + "-nobody", "x")).json().getString("type"));
        assertEquals(5, failedLogins(user), "attempts while locked are not counted");
        assertEquals(1, TestData.scalar("SELECT count(*) FROM account WHERE username = ?"
                + " AND locked_until BETWEEN now() + interval '290 seconds' AND now() + interval '301 seconds'", user.name()));

        TestData.update("UPDATE account SET locked_until = now() - interval '1 second' WHERE username = ?", user.name());
        Reply unlocked = api.get("api/me", user);
        assertEquals(200, unlocked.status(), unlocked.toString());
        assertEquals(0, failedLogins(user), "a successful login resets the count");
        assertNull(TestData.text("SELECT locked_until FROM account WHERE username = ?", user.name()));
        assertEquals(401, api.get("api/me", wrong).status(), "counting starts over");
        assertEquals(1, failedLogins(user));
    }

    public void unknownUsernamesAreNeverLocked() {
        User nobody = new User(SignUpScenarios.fresh("nobody"), "whatever-password");
        for (int attempt = 1; attempt <= 6; attempt++) {
            Reply reply = api.get("api/me", nobody);
            assertEquals(401, reply.status(), "attempt " + attempt + ": " + reply);
            assertEquals("https://boxoffice.dev/problems/bad-credentials", reply.json().getString("type"));
        }
        assertEquals(0, TestData.scalar("SELECT count(*) FROM account WHERE username = ?", nobody.name()));
    }

    /** Concurrent wrong passwords lose no count and add none after the lock: the count ends at exactly 5. */
    public void concurrentWrongPasswordsLockAtExactlyFiveFailures() throws Exception {
        User user = TestData.user("besieged");
        User wrong = new User(user.name(), "not-the-password");
        int clients = 12;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<Reply>> replies = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                replies.add(pool.submit(() -> {
                    start.await();
                    return api.get("api/me", wrong);
                }));
            }
            start.countDown();
            for (Future<Reply> reply : replies) {
                int status = reply.get().status();
                assertTrue(status == 401 || status == 429, reply.get().toString());
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(5, failedLogins(user));
        assertEquals(1, TestData.scalar("SELECT count(*) FROM account WHERE username = ? AND locked_until > now()", user.name()));
        assertEquals(429, api.get("api/me", user).status());
    }

    static long failedLogins(User user) {
        return TestData.scalar("SELECT failed_logins FROM account WHERE username = ?", user.name());
    }
}
