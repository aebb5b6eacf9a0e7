package dev.boxoffice.show.control;

import dev.boxoffice.platform.Timestamps;
import dev.boxoffice.show.entity.LockedSeat;
import dev.boxoffice.show.entity.SeatStatus;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.Transactional;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

/**
 * The one place that locks and changes show seats. Every lock is PESSIMISTIC_WRITE (FOR UPDATE)
 * in ascending show_seat id, in one statement, so two transactions that both need seats always
 * queue in the same order and cannot deadlock on them; every wait is bounded by the
 * connection's lock_timeout (see BoxOfficeDataSource). Callers lock holds and bookings before
 * seats, never after. Whether a seat is taken is asked of the database's seat_taken, the one
 * definition of it. The seat-change trigger announces every change on commit. A CDI bean that
 * joins the calling EJB's container-managed transaction (MANDATORY).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class SeatInventory {

    @PersistenceContext
    EntityManager em;
    @Resource
    TransactionSynchronizationRegistry transaction;
    @Inject
    ShowLayouts layouts;
    @Inject
    KnownTakenSeats knownTaken;

    /** Locks the inventory rows of the given hall seats of a show, each with whether it is taken at {@code now}; unknown seats are absent. */
    public List<LockedSeat> lockSeats(long showId, Collection<Long> seatIds, Instant now) {
        return em.createQuery("SELECT s.id, s.seatId, s.holdId, FUNCTION('seat_taken', s.status, s.heldUntil, :now)"
                        + " FROM ShowSeat s WHERE s.showId = :show AND s.seatId IN :seats ORDER BY s.id", Object[].class)
                .setParameter("now", Timestamps.of(now))
                .setParameter("show", showId)
                .setParameter("seats", seatIds)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream()
                .map(SeatInventory::locked)
                .toList();
    }

    /** Puts locked seats into a hold until its expiry, in one statement. */
    public void hold(long showId, List<LockedSeat> seats, long holdId, Instant until) {
        changedOnCommit(showId, seats, until);
        em.createQuery("UPDATE ShowSeat s SET s.status = :held, s.holdId = :hold, s.heldUntil = :until,"
                        + " s.bookingId = NULL, s.version = s.version + 1 WHERE s.id IN :ids")
                .setParameter("held", SeatStatus.HELD)
                .setParameter("hold", holdId)
                .setParameter("until", until)
                .setParameter("ids", showSeatIdsOf(seats))
                .executeUpdate();
    }

    /** Frees the seats a hold still owns, locked in id order within the one statement; returns how many. */
    public int releaseHeldBy(long showId, long holdId) {
        changedOnCommit(showId, List.of(), null);
        return em.createNativeQuery("""
                        UPDATE show_seat SET status = 'AVAILABLE', hold_id = NULL, held_until = NULL, version = version + 1
                        WHERE id IN (SELECT id FROM show_seat WHERE hold_id = ?1 ORDER BY id FOR UPDATE)
                        """)
                .setParameter(1, holdId)
                .executeUpdate();
    }

    /**
     * Frees up to {@code limit} seats whose hold ran out before {@code now}, skipping rows other
     * transactions have locked (so the cleanup never waits, nor makes anyone wait long). A seat
     * re-held meanwhile is re-checked against its newest row and left alone. Returns how many.
     */
    public int releaseExpired(int limit, Instant now) {
        return em.createNativeQuery("""
                        UPDATE show_seat SET status = 'AVAILABLE', hold_id = NULL, held_until = NULL, version = version + 1
                        WHERE id IN (SELECT id FROM show_seat WHERE status = 'HELD' AND NOT seat_taken(status, held_until, ?1)
                                     ORDER BY id LIMIT ?2 FOR UPDATE SKIP LOCKED)
                        """)
                .setParameter(1, Timestamps.of(now))
                .setParameter(2, limit)
                .executeUpdate();
    }

    /** Frees every seat of a show (its cancellation), locked in id order. */
    public int releaseAllOf(long showId) {
        changedOnCommit(showId, List.of(), null);
        return em.createNativeQuery("""
                        UPDATE show_seat SET status = 'AVAILABLE', hold_id = NULL, booking_id = NULL, held_until = NULL,
                                             version = version + 1
                        WHERE id IN (SELECT id FROM show_seat WHERE show_id = ?1 AND status <> 'AVAILABLE' ORDER BY id FOR UPDATE)
                        """)
                .setParameter(1, showId)
                .executeUpdate();
    }

    /** Locks the seats a hold owns, each with whether it is still taken at {@code now}. */
    public List<LockedSeat> lockHeldBy(long holdId, Instant now) {
        return em.createQuery("SELECT s.id, s.seatId, s.holdId, FUNCTION('seat_taken', s.status, s.heldUntil, :now)"
                        + " FROM ShowSeat s WHERE s.holdId = :hold ORDER BY s.id", Object[].class)
                .setParameter("now", Timestamps.of(now))
                .setParameter("hold", holdId)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream()
                .map(SeatInventory::locked)
                .toList();
    }

    /** Sells locked seats to a booking, in one statement. */
    public void book(long showId, List<LockedSeat> seats, long bookingId) {
        changedOnCommit(showId, seats, null);
        em.createQuery("UPDATE ShowSeat s SET s.status = :booked, s.bookingId = :booking, s.holdId = NULL,"
                        + " s.heldUntil = NULL, s.version = s.version + 1 WHERE s.id IN :ids")
                .setParameter("booked", SeatStatus.BOOKED)
                .setParameter("booking", bookingId)
                .setParameter("ids", showSeatIdsOf(seats))
                .executeUpdate();
    }

    /** Frees the seats of a booking, locked in id order within the one statement; returns how many. */
    public int releaseBookedBy(long showId, long bookingId) {
        changedOnCommit(showId, List.of(), null);
        return em.createNativeQuery("""
                        UPDATE show_seat SET status = 'AVAILABLE', booking_id = NULL, version = version + 1
                        WHERE id IN (SELECT id FROM show_seat WHERE booking_id = ?1 ORDER BY id FOR UPDATE)
                        """)
                .setParameter(1, bookingId)
                .executeUpdate();
    }

    /**
     * As soon as the change commits, this instance forgets its cached state of the show (so the
     * caller's next read sees the change) and knows the seats taken (null: booked); other
     * instances learn of it from the change feed.
     */
    private void changedOnCommit(long showId, List<LockedSeat> taken, Instant until) {
        transaction.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    layouts.changed(showId);
                    if (!taken.isEmpty()) {
                        knownTaken.taken(showId, taken.stream().map(LockedSeat::seatId).toList(), until);
                    }
                }
            }
        });
    }

    private static List<Long> showSeatIdsOf(List<LockedSeat> seats) {
        return seats.stream().map(LockedSeat::showSeatId).toList();
    }

    private static LockedSeat locked(Object[] row) {
        return new LockedSeat((Long) row[0], (Long) row[1], (Long) row[2], Boolean.TRUE.equals(row[3]));
    }

    /** Hall seat ids of the show seats a hold owns and that are taken at {@code now} (no lock: for reading). */
    public List<Long> seatIdsHeldBy(long holdId, Instant now) {
        return em.createQuery("SELECT s.seatId FROM ShowSeat s WHERE s.holdId = :hold"
                        + " AND FUNCTION('seat_taken', s.status, s.heldUntil, :now) = TRUE ORDER BY s.seatId", Long.class)
                .setParameter("hold", holdId)
                .setParameter("now", Timestamps.of(now))
                .getResultList();
    }
}
