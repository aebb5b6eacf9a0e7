package dev.boxoffice.platform;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Bounds how long the current transaction may wait for a row lock (PostgreSQL lock_timeout,
 * local to the transaction). A request that cannot get its seats in time fails with a
 * retryable 409 instead of hanging. Set once per transaction, however often it is asked for.
 * A plain CDI bean, not an EJB: it only runs inside its callers' container-managed transactions,
 * and an EJB hop per statement was a measurable share of a hold's CPU time.
 */
@ApplicationScoped
public class LockWaits {

    private static final String BOUND = LockWaits.class.getName();

    @Inject
    PlainReads plain;
    @Resource
    TransactionSynchronizationRegistry transaction;

    @Inject
    @ConfigProperty(name = "boxoffice.lock.timeout-ms", defaultValue = "3000")
    int lockTimeoutMs;

    public void bound() {
        if (transaction.getResource(BOUND) == null) {
            plain.query("SELECT set_config('lock_timeout', ?, true)",
                    query -> query.setString(1, lockTimeoutMs + "ms"), PlainReads.NOTHING);
            transaction.putResource(BOUND, Boolean.TRUE);
        }
    }

    /** Bounds lock waits and names the acting account for the audit trigger in one statement (see {@link AuditActor}). */
    void boundActingFor(long accountId) {
        plain.query("SELECT set_config('lock_timeout', ?, true), set_config('boxoffice.actor', ?, true)", query -> {
            query.setString(1, lockTimeoutMs + "ms");
            query.setString(2, String.valueOf(accountId));
        }, PlainReads.NOTHING);
        transaction.putResource(BOUND, Boolean.TRUE);
    }
}
