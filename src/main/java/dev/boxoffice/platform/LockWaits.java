package dev.boxoffice.platform;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Bounds how long the current transaction may wait for a row lock (PostgreSQL lock_timeout,
 * local to the transaction). A request that cannot get its seats in time fails with a
 * retryable 409 instead of hanging.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class LockWaits {

    @PersistenceContext
    EntityManager em;

    @Inject
    @ConfigProperty(name = "boxoffice.lock.timeout-ms", defaultValue = "3000")
    int lockTimeoutMs;

    public void bound() {
        em.createNativeQuery("SELECT set_config('lock_timeout', ?1, true)")
                .setParameter(1, lockTimeoutMs + "ms")
                .getSingleResult();
    }
}
