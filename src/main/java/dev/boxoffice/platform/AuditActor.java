package dev.boxoffice.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Names the account on whose behalf the current transaction changes seats. The database's
 * audit trigger reads it (transaction-local setting boxoffice.actor); without it, a change is
 * recorded as done by the system (e.g. the expiry timer). Every seat change on behalf of a user
 * starts here, so the same round trip also bounds the transaction's lock waits.
 */
@ApplicationScoped
public class AuditActor {

    @Inject
    LockWaits lockWaits;

    public void actingFor(long accountId) {
        lockWaits.boundActingFor(accountId);
    }
}
