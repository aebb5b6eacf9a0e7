package dev.boxoffice.account.control;

import dev.boxoffice.platform.Timestamps;
import dev.boxoffice.account.entity.Account;
import dev.boxoffice.account.entity.AccountChanged;
import dev.boxoffice.account.entity.LoginLock;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Counts failed logins and locks an account after {@value #MAX_FAILURES} in a row. Each change
 * is one UPDATE in its own transaction: it is kept although the login (and so the request)
 * fails, and concurrent attempts queue on the account row instead of losing counts.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class LoginAttempts {

    public static final int MAX_FAILURES = 5;

    @PersistenceContext
    EntityManager em;
    @Inject
    Clock clock;
    @Inject
    Event<AccountChanged> changes;
    @Inject
    @ConfigProperty(name = "boxoffice.lockout.seconds", defaultValue = "300")
    long lockoutSeconds;

    /**
     * Records a wrong password. The failure that reaches {@value #MAX_FAILURES} locks the account
     * for the configured time. Attempts while it is locked are not counted (they are refused
     * before the password is checked, and the WHERE clause re-checked on the locked row also
     * skips those that raced with the locking one). After a lock has run out, counting starts over.
     */
    public void failed(long accountId) {
        Instant now = clock.instant();
        em.createNativeQuery("""
                        UPDATE account SET
                            failed_logins = CASE WHEN locked_until IS NULL THEN failed_logins + 1 ELSE 1 END,
                            locked_until = CASE WHEN (CASE WHEN locked_until IS NULL THEN failed_logins + 1 ELSE 1 END) >= ?2
                                                THEN CAST(?4 AS TIMESTAMPTZ) END
                        WHERE id = ?1 AND (locked_until IS NULL OR locked_until <= ?3)
                        """)
                .setParameter(1, accountId)
                .setParameter(2, MAX_FAILURES)
                .setParameter(3, Timestamps.of(now))
                .setParameter(4, Timestamps.of(now.plus(Duration.ofSeconds(lockoutSeconds))))
                .executeUpdate();
        // once committed, this instance forgets its copy at once, before the trigger's notice arrives
        changes.fire(new AccountChanged(accountId));
    }

    /** A successful login starts the count afresh (call only when there is something to reset). */
    public void succeeded(long accountId) {
        em.createNativeQuery("UPDATE account SET failed_logins = 0, locked_until = NULL"
                        + " WHERE id = ?1 AND (failed_logins <> 0 OR locked_until IS NOT NULL)")
                .setParameter(1, accountId)
                .executeUpdate();
        changes.fire(new AccountChanged(accountId));
    }

    /** The lock in force on this account now; none for unknown usernames. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<LoginLock> lockOf(String username) {
        return em.createQuery("SELECT a FROM Account a WHERE a.username = :name", Account.class)
                .setParameter("name", username)
                .getResultStream().findFirst()
                .flatMap(account -> account.lockAt(clock.instant()));
    }
}
