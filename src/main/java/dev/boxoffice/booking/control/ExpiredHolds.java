package dev.boxoffice.booking.control;

import dev.boxoffice.platform.Timestamps;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import dev.boxoffice.platform.AuditActor;
import dev.boxoffice.show.control.SeatInventory;

/**
 * Physically returns seats of expired holds to AVAILABLE. Reads already treat them as free;
 * this keeps the table honest. Each batch is its own short transaction and skips rows another
 * transaction has locked, so any number of instances can run it at once without waiting on
 * each other or on user requests.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class ExpiredHolds {

    @PersistenceContext
    EntityManager em;
    @Inject
    Clock clock;
    @Inject
    SeatInventory inventory;
    @Inject
    AuditActor auditActor;

    /** Frees up to {@code limit} seats whose hold has expired; returns how many. */
    public int releaseSeats(int limit) {
        auditActor.system();
        return inventory.releaseExpired(limit, clock.instant());
    }

    /** Marks up to {@code limit} holds past their expiry as EXPIRED; returns how many. */
    public int closeHolds(int limit) {
        return em.createNativeQuery("""
                        UPDATE hold SET status = 'EXPIRED'
                        WHERE id IN (SELECT id FROM hold WHERE status = 'ACTIVE' AND expires_at <= ?1
                                     ORDER BY id LIMIT ?2
                                     FOR UPDATE SKIP LOCKED)
                        """)
                .setParameter(1, Timestamps.of(clock.instant()))
                .setParameter(2, limit)
                .executeUpdate();
    }
}
