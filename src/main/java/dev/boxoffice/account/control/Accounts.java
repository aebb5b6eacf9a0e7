package dev.boxoffice.account.control;

import dev.boxoffice.account.control.NotTaken.Column;
import dev.boxoffice.account.entity.Account;
import dev.boxoffice.account.entity.AccountSummary;
import dev.boxoffice.account.entity.Caller;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;

@Stateless
public class Accounts {

    @PersistenceContext
    EntityManager em;
    @Inject
    PasswordHashing hashing;
    @Inject
    Clock clock;

    /** Without a transaction of its own: it runs on every Basic-authenticated request, and a read needs none. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<Account> byUsername(String username) {
        // roles in the same query: this runs on every Basic-authenticated request
        return em.createQuery("SELECT a FROM Account a LEFT JOIN FETCH a.roles WHERE a.username = :name", Account.class)
                .setParameter("name", username)
                .getResultStream().findFirst();
    }

    public Optional<AccountSummary> summary(long id) {
        return Optional.ofNullable(em.find(Account.class, id)).map(account -> account.summaryAt(clock.instant()));
    }

    /** Whether an account already uses this username or e-mail address, ignoring case (as the unique indexes do). */
    public boolean isTaken(Column column, String value) {
        String sql = switch (column) {
            case USERNAME -> "SELECT count(*) FROM account WHERE lower(username) = lower(?1)";
            case EMAIL -> "SELECT count(*) FROM account WHERE lower(email) = lower(?1)";
        };
        return ((Number) em.createNativeQuery(sql).setParameter(1, value).getSingleResult()).longValue() > 0;
    }

    /** Creates the account unless the username is taken; returns the account either way. */
    public Caller ensure(String username, String password, Set<String> roles) {
        return byUsername(username).orElseGet(() -> {
            Account account = new Account(username, hashing.hash(password), roles, clock.instant());
            em.persist(account);
            em.flush();
            return account;
        }).asCaller();
    }
}
