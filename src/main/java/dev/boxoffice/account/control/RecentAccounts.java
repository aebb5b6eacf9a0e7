package dev.boxoffice.account.control;

import dev.boxoffice.account.entity.Account;
import dev.boxoffice.account.entity.AccountChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * Accounts read recently for a login, by username, so that an authenticated request of a known
 * user costs no SQL. A copy lasts until its account changes: the database announces every
 * committed change of an account or its roles ({@link AccountChanged#CHANNEL}, from triggers), and
 * changes made here are also applied as soon as their transaction commits. Holds at most
 * {@value #MAX_ENTRIES} accounts and is cleared when full.
 * <p>
 * Accounts with failed logins or a lock are not kept: their next login writes (a count or a
 * reset) or reads the lock anyway, and so a lock never waits for a notice to take effect.
 */
@ApplicationScoped
public class RecentAccounts {

    static final int MAX_ENTRIES = 10_000;

    private final Map<String, Account> byUsername = new ConcurrentHashMap<>();
    /** Counts announced changes: a read that saw one happen meanwhile may be out of date and is not kept. */
    private final AtomicLong changes = new AtomicLong();

    /** The account behind this username: the copy kept here, or else what {@code read} finds (kept if worth it). */
    public Optional<Account> byUsername(String username, Function<String, Optional<Account>> read) {
        Account known = byUsername.get(username);
        if (known != null) {
            return Optional.of(known);
        }
        long changesBefore = changes.get();
        Optional<Account> found = read.apply(username);
        found.filter(account -> !account.hasLoginFailures()).ifPresent(account -> keep(username, account, changesBefore));
        return found;
    }

    void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) AccountChanged change) {
        changes.incrementAndGet();
        if (change.isEverything()) {
            byUsername.clear();
        } else {
            byUsername.values().removeIf(account -> account.id() == change.accountId());
        }
    }

    private void keep(String username, Account account, long changesBefore) {
        if (byUsername.size() >= MAX_ENTRIES) {
            byUsername.clear();
        }
        byUsername.put(username, account);
        if (changes.get() != changesBefore) {
            // a change was announced while this copy was being read, perhaps just before it was put here
            byUsername.remove(username, account);
        }
    }
}
