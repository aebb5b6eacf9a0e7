package dev.boxoffice.booking.control;

import dev.boxoffice.platform.Timestamps;
import dev.boxoffice.platform.AuditActor;
import dev.boxoffice.platform.NotFound;
import dev.boxoffice.show.control.SeatInventory;
import dev.boxoffice.show.entity.Show;
import dev.boxoffice.show.entity.ShowStatus;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Cancelling a show: its live holds end, its bookings are cancelled, its seats are released
 * and it leaves the public listings. Lock order: the show row (holds take it in KEY SHARE mode,
 * so none can slip in), then its holds and bookings, then its seats by id.
 */
@Stateless
public class ShowCancellation {

    @PersistenceContext
    EntityManager em;
    @Inject
    AuditActor auditActor;
    @Inject
    SeatInventory inventory;
    @Inject
    Clock clock;

    /** Cancels the show (idempotent); returns how many bookings were cancelled. */
    public int cancel(long adminId, long showId) {
        auditActor.actingFor(adminId);
        Show show = em.find(Show.class, showId, LockModeType.PESSIMISTIC_WRITE);
        if (show == null) {
            throw new NotFound("show", showId);
        }
        if (show.status() == ShowStatus.CANCELLED) {
            return 0;
        }
        show.cancel();
        Instant now = clock.instant();
        em.createNativeQuery("SELECT id FROM hold WHERE show_id = ?1 AND status = 'ACTIVE' ORDER BY id FOR UPDATE")
                .setParameter(1, showId).getResultList();
        List<?> bookings = em.createNativeQuery("SELECT id FROM booking WHERE show_id = ?1 AND status = 'CONFIRMED'"
                + " ORDER BY id FOR UPDATE").setParameter(1, showId).getResultList();
        inventory.releaseAllOf(showId);
        em.createNativeQuery("UPDATE booking_seat SET confirmed = FALSE WHERE show_id = ?1 AND confirmed")
                .setParameter(1, showId).executeUpdate();
        em.createNativeQuery("UPDATE booking SET status = 'CANCELLED', cancelled_at = ?2 WHERE show_id = ?1 AND status = 'CONFIRMED'")
                .setParameter(1, showId).setParameter(2, Timestamps.of(now)).executeUpdate();
        em.createNativeQuery("UPDATE hold SET status = 'RELEASED' WHERE show_id = ?1 AND status = 'ACTIVE'")
                .setParameter(1, showId).executeUpdate();
        em.flush();
        return bookings.size();
    }
}
