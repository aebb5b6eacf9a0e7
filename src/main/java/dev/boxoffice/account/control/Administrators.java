package dev.boxoffice.account.control;

import dev.boxoffice.platform.Timestamps;
import dev.boxoffice.account.entity.Account;
import dev.boxoffice.account.entity.AccountChanged;
import dev.boxoffice.account.entity.AccountSummary;
import dev.boxoffice.account.entity.Caller;
import dev.boxoffice.account.entity.LastAdmin;
import dev.boxoffice.account.entity.UnknownAccount;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Who administers Box Office: listing accounts and granting or revoking the admin role. */
@Stateless
public class Administrators {

    @PersistenceContext
    EntityManager em;
    @Inject
    Accounts accounts;
    @Inject
    PasswordHashing hashing;
    @Inject
    Clock clock;
    @Inject
    Event<AccountChanged> changes;

    public List<AccountSummary> accounts() {
        Instant now = clock.instant();
        return em.createQuery("SELECT a FROM Account a ORDER BY a.id", Account.class)
                .getResultStream()
                .map(account -> account.summaryAt(now))
                .toList();
    }

    /** Makes the account an administrator. Idempotent: granting twice, even at once, changes nothing more. */
    public void grant(String username) {
        long id = require(username).id();
        addRole(id, Caller.ADMIN);
    }

    /**
     * Takes the admin role away; revoking it from a non-administrator changes nothing. Refused
     * with {@link LastAdmin} when the account is the only administrator. The admin role rows are
     * locked (in account order) before counting, so two administrators revoking each other at
     * once cannot both succeed.
     */
    public void revoke(String username) {
        long id = require(username).id();
        @SuppressWarnings("unchecked")
        List<Number> admins = em.createNativeQuery(
                        "SELECT account_id FROM account_role WHERE role = ?1 ORDER BY account_id FOR UPDATE")
                .setParameter(1, Caller.ADMIN)
                .getResultList();
        boolean isAdmin = admins.stream().anyMatch(admin -> admin.longValue() == id);
        if (!isAdmin) {
            return;
        }
        if (admins.size() == 1) {
            throw new LastAdmin(username);
        }
        em.createNativeQuery("DELETE FROM account_role WHERE account_id = ?1 AND role = ?2")
                .setParameter(1, id)
                .setParameter(2, Caller.ADMIN)
                .executeUpdate();
        roleChanged(id);
    }

    /**
     * Start-up: when nobody has the admin role, makes {@code admin} an administrator (roles user
     * and admin) with this password, creating the account if needed and otherwise replacing its
     * password and clearing any login lock. Takes the same advisory lock as the demo data (which
     * also creates {@code admin}), so instances starting together do this once.
     *
     * @return the name of the account made administrator, if any
     */
    public Optional<String> ensureFirstAdmin(String password) {
        em.createNativeQuery("SELECT pg_advisory_xact_lock(4242)").getSingleResult();
        long admins = ((Number) em.createNativeQuery("SELECT count(*) FROM account_role WHERE role = ?1")
                .setParameter(1, Caller.ADMIN)
                .getSingleResult()).longValue();
        if (admins > 0) {
            return Optional.empty();
        }
        // usernames are unique regardless of case, so an existing "Admin" is the account meant
        Object[] admin = (Object[]) em.createNativeQuery("""
                        INSERT INTO account (username, password_hash, created_at) VALUES ('admin', ?1, ?2)
                        ON CONFLICT ((lower(username))) DO UPDATE
                            SET password_hash = EXCLUDED.password_hash, failed_logins = 0, locked_until = NULL
                        RETURNING id, username
                        """)
                .setParameter(1, hashing.hash(password))
                .setParameter(2, Timestamps.of(clock.instant()))
                .getSingleResult();
        long id = ((Number) admin[0]).longValue();
        addRole(id, Caller.USER);
        addRole(id, Caller.ADMIN);
        return Optional.of((String) admin[1]);
    }

    private Account require(String username) {
        return accounts.byUsername(username).orElseThrow(() -> new UnknownAccount(username));
    }

    private void addRole(long accountId, String role) {
        em.createNativeQuery("INSERT INTO account_role (account_id, role) VALUES (?1, ?2) ON CONFLICT DO NOTHING")
                .setParameter(1, accountId)
                .setParameter(2, role)
                .executeUpdate();
        roleChanged(accountId);
    }

    /**
     * Once committed, this instance forgets its copy of the account at once: the trigger's notice
     * would reach it too, but possibly after the caller's next request.
     */
    private void roleChanged(long accountId) {
        changes.fire(new AccountChanged(accountId));
    }
}
