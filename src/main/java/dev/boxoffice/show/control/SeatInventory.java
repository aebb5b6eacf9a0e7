package dev.boxoffice.show.control;

import dev.boxoffice.platform.LockWaits;
import dev.boxoffice.show.entity.ShowSeat;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.List;

/**
 * The one place that locks show seats. Every method takes PESSIMISTIC_WRITE (FOR UPDATE) locks
 * in ascending show_seat id, in one statement, with a bounded wait: two transactions that both
 * need seats always queue in the same order and cannot deadlock on them. Callers lock
 * accounts, holds and bookings before seats, never after. A CDI bean that joins the calling
 * EJB's container-managed transaction (MANDATORY): no EJB hop of its own per lock.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class SeatInventory {

    @PersistenceContext
    EntityManager em;
    @Inject
    LockWaits lockWaits;

    /** Locks the inventory rows of the given hall seats of a show; unknown seats are simply absent. */
    public List<ShowSeat> lockSeats(long showId, Collection<Long> seatIds) {
        lockWaits.bound();
        return em.createQuery("SELECT s FROM ShowSeat s WHERE s.showId = :show AND s.seatId IN :seats ORDER BY s.id",
                        ShowSeat.class)
                .setParameter("show", showId)
                .setParameter("seats", seatIds)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
    }

    public List<ShowSeat> lockHeldBy(long holdId) {
        lockWaits.bound();
        return em.createQuery("SELECT s FROM ShowSeat s WHERE s.holdId = :hold ORDER BY s.id", ShowSeat.class)
                .setParameter("hold", holdId)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
    }

    public List<ShowSeat> lockBookedBy(long bookingId) {
        lockWaits.bound();
        return em.createQuery("SELECT s FROM ShowSeat s WHERE s.bookingId = :booking ORDER BY s.id", ShowSeat.class)
                .setParameter("booking", bookingId)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
    }

    /** Hall seat ids of the show seats currently owned by a hold (no lock: for reading). */
    public List<Long> seatIdsHeldBy(long holdId) {
        return em.createQuery("SELECT s.seatId FROM ShowSeat s WHERE s.holdId = :hold ORDER BY s.seatId", Long.class)
                .setParameter("hold", holdId)
                .getResultList();
    }
}
