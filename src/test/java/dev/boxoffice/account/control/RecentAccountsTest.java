package dev.boxoffice.account.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.boxoffice.account.entity.Account;
import dev.boxoffice.account.entity.AccountChanged;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class RecentAccountsTest {

    private final RecentAccounts recent = new RecentAccounts();
    private final AtomicInteger reads = new AtomicInteger();

    @Test
    void keptAccountIsReadOnceUntilItChanges() {
        assertEquals("ann", lookUp("ann", account(7, "ann", 0, null)).orElseThrow().username());
        lookUp("ann", account(7, "ann", 0, null));
        assertEquals(1, reads.get(), "the second login read nothing");

        recent.changed(new AccountChanged(8));
        lookUp("ann", account(7, "ann", 0, null));
        assertEquals(1, reads.get(), "another account's change leaves this one kept");

        recent.changed(new AccountChanged(7));
        lookUp("ann", account(7, "ann", 0, null));
        assertEquals(2, reads.get(), "its own change makes the next login read it again");

        recent.changed(AccountChanged.everything());
        lookUp("ann", account(7, "ann", 0, null));
        assertEquals(3, reads.get(), "a resync forgets everything");
    }

    @Test
    void accountsWithFailedLoginsOrALockAreNotKept() {
        lookUp("bob", account(1, "bob", 2, null));
        lookUp("bob", account(1, "bob", 2, null));
        lookUp("cid", account(2, "cid", 5, Instant.now().plusSeconds(300)));
        lookUp("cid", account(2, "cid", 5, Instant.now().plusSeconds(300)));
        assertEquals(4, reads.get());
    }

    @Test
    void unknownUsernamesAreNotKept() {
        recent.byUsername("nobody", name -> read(Optional.empty()));
        recent.byUsername("nobody", name -> read(Optional.empty()));
        assertEquals(2, reads.get());
    }

    @Test
    void readThatRacedWithAChangeIsNotKept() {
        // the change is announced while the (old) row is being read
        recent.byUsername("dee", name -> {
            recent.changed(new AccountChanged(3));
            return read(Optional.of(account(3, "dee", 0, null)));
        });
        lookUp("dee", account(3, "dee", 0, null));
        assertEquals(2, reads.get(), "the copy read across the change was not trusted");
    }

    @Test
    void clearedWhenFull() {
        for (int i = 1; i <= RecentAccounts.MAX_ENTRIES; i++) {
            lookUp("user" + i, account(i, "user" + i, 0, null));
        }
        lookUp("one-more", account(RecentAccounts.MAX_ENTRIES + 1, "one-more", 0, null));
        int before = reads.get();
        lookUp("user1", account(1, "user1", 0, null));
        assertEquals(before + 1, reads.get(), "the full cache was cleared for the newcomer");
    }

    private Optional<Account> lookUp(String username, Account stored) {
        return recent.byUsername(username, name -> read(Optional.of(stored)));
    }

    private Optional<Account> read(Optional<Account> row) {
        reads.incrementAndGet();
        return row;
    }

    private static Account account(long id, String username, int failedLogins, Instant lockedUntil) {
        return Account.snapshot(id, username, null, "hash", Set.of("user"), Instant.EPOCH, failedLogins, lockedUntil);
    }
}
