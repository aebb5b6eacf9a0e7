package dev.boxoffice.booking.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import dev.boxoffice.show.control.SeatChanges;
import dev.boxoffice.show.entity.SeatState;

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
    SeatChanges changes;

    /** Frees up to {@code limit} seats whose hold has expired; returns how many. */
    public int releaseSeats(int limit) {
        List<?> released = em.createNativeQuery("""
                        UPDATE show_seat SET status = 'AVAILABLE', hold_id = NULL, version = version + 1
                        WHERE id IN (SELECT ss.id FROM show_seat ss JOIN hold h ON h.id = ss.hold_id
                                     WHERE ss.status = 'HELD' AND (h.expires_at <= ?1 OR h.status <> 'ACTIVE')
                                     ORDER BY ss.id LIMIT ?2
                                     FOR UPDATE OF ss SKIP LOCKED)
                        RETURNING show_id, seat_id
                        """)
                .setParameter(1, Timestamp.from(clock.instant()))
                .setParameter(2, limit)
                .getResultList();
        Map<Long, List<Long>> seatsByShow = new TreeMap<>();
        for (Object row : released) {
            Object[] columns = (Object[]) row;
            seatsByShow.computeIfAbsent(((Number) columns[0]).longValue(), show -> new ArrayList<>())
                    .add(((Number) columns[1]).longValue());
        }
        seatsByShow.forEach((show, seats) -> changes.announce(show, SeatState.AVAILABLE, seats, null));
        return released.size();
    }

    /** Marks up to {@code limit} holds past their expiry as EXPIRED; returns how many. */
    public int closeHolds(int limit) {
        return em.createNativeQuery("""
                        UPDATE hold SET status = 'EXPIRED'
                        WHERE id IN (SELECT id FROM hold WHERE status = 'ACTIVE' AND expires_at <= ?1
                                     ORDER BY id LIMIT ?2
                                     FOR UPDATE SKIP LOCKED)
                        """)
                .setParameter(1, Timestamp.from(clock.instant()))
                .setParameter(2, limit)
                .executeUpdate();
    }
}
