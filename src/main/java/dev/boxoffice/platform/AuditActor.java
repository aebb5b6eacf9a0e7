package dev.boxoffice.platform;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Names the account on whose behalf the current transaction changes seats. The database's
 * audit trigger reads it (transaction-local setting boxoffice.actor); without it, a change is
 * recorded as done by the system (e.g. the expiry timer).
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class AuditActor {

    @PersistenceContext
    EntityManager em;

    public void actingFor(long accountId) {
        em.createNativeQuery("SELECT set_config('boxoffice.actor', ?1, true)")
                .setParameter(1, String.valueOf(accountId))
                .getSingleResult();
    }
}
