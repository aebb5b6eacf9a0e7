package dev.boxoffice.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.boxoffice.testsupport.Api;
import dev.boxoffice.testsupport.Reply;
import dev.boxoffice.testsupport.TestData;
import dev.boxoffice.testsupport.User;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

/**
 * Accounts of recently authenticated users are kept in memory, yet a change made in plain SQL
 * (as by another instance or an operator) counts within about a second: a role granted or
 * revoked, a new password, a lock, a removed account.
 */
public class AccountChangeScenarios {

    /** The promise is "about a second"; the extra second is for a busy test machine. */
    private static final Duration PROMPTLY = Duration.ofSeconds(2);
    private static final String ACCOUNTS = "api/admin/accounts";
    private final Api api;

    public AccountChangeScenarios(Api api) {
        this.api = api;
    }

    /** With the account tables locked against every read, a recently seen user is still let in. */
    public void recentlySeenUserIsAuthenticatedWithoutReadingTheAccount() throws SQLException {
        User user = TestData.user("regular");
        assertEquals(200, api.get("api/shows", user).status());
        try (Connection lock = TestData.connection(); Statement statement = lock.createStatement()) {
            lock.setAutoCommit(false);
            statement.execute("LOCK TABLE account, account_role IN ACCESS EXCLUSIVE MODE");
            try {
                Reply reply = api.send(api.request("api/shows", user).timeout(Duration.ofSeconds(5)).GET());
                assertEquals(200, reply.status(), reply.toString());
            } finally {
                lock.rollback();
            }
        }
    }

    public void roleGrantedOrRevokedInSqlCountsPromptly() {
        User user = TestData.user("sql-promoted");
        assertEquals(403, api.get(ACCOUNTS, user).status(), "a user, and now a recently seen one");
        TestData.update("INSERT INTO account_role (account_id, role) SELECT id, 'admin' FROM account WHERE username = ?",
                user.name());
        awaitStatus(200, () -> api.get(ACCOUNTS, user), "the role granted in SQL counts");

        TestData.update("DELETE FROM account_role WHERE role = 'admin' AND account_id = (SELECT id FROM account WHERE username = ?)",
                user.name());
        Reply refused = awaitStatus(403, () -> api.get(ACCOUNTS, user), "the role revoked in SQL counts");
        assertEquals("https://boxoffice.dev/problems/admin-only", refused.json().getString("type"));
    }

    public void passwordChangedInSqlRefusesTheOldOne() {
        User user = TestData.user("sql-password");
        assertEquals(200, api.get("api/me", user).status());
        User renewed = new User(user.name(), "new-" + user.password());
        TestData.changePassword(user, renewed.password());

        Reply old = awaitStatus(401, () -> api.get("api/me", user), "the old password stops working");
        assertEquals("https://boxoffice.dev/problems/bad-credentials", old.json().getString("type"));
        assertEquals(200, api.get("api/me", renewed).status(), "the new one works");
    }

    public void lockSetInSqlRefusesACachedLogin() {
        User user = TestData.user("sql-locked");
        assertEquals(200, api.get("api/me", user).status());
        TestData.update("UPDATE account SET failed_logins = 5, locked_until = now() + interval '1 hour' WHERE username = ?",
                user.name());

        Reply locked = awaitStatus(429, () -> api.get("api/me", user), "the lock set in SQL counts");
        assertEquals("https://boxoffice.dev/problems/account-locked", locked.json().getString("type"));
        assertTrue(Long.parseLong(locked.header("Retry-After")) > 3500, locked.header("Retry-After"));
        assertEquals(5, LockoutScenarios.failedLogins(user), "refusals during a lock are not counted");
    }

    public void accountDeletedInSqlIsRefused() {
        User user = TestData.user("sql-deleted");
        assertEquals(200, api.get("api/me", user).status());
        TestData.update("DELETE FROM account_role WHERE account_id = (SELECT id FROM account WHERE username = ?)", user.name());
        TestData.update("DELETE FROM account WHERE username = ?", user.name());

        Reply gone = awaitStatus(401, () -> api.get("api/me", user), "a removed account cannot log in");
        assertEquals("https://boxoffice.dev/problems/bad-credentials", gone.json().getString("type"));
    }

    /** Asks until the answer has this status, failing if that takes longer than {@link #PROMPTLY}. */
    private static Reply awaitStatus(int status, Supplier<Reply> request, String what) {
        Instant deadline = Instant.now().plus(PROMPTLY);
        Reply reply = request.get();
        while (reply.status() != status && Instant.now().isBefore(deadline)) {
            Thread.onSpinWait();
            reply = request.get();
        }
        assertEquals(status, reply.status(), what + " within " + PROMPTLY.toMillis() + " ms: " + reply);
        return reply;
    }
}
