package dev.boxoffice.booking.control;

import dev.boxoffice.booking.entity.Booking;
import dev.boxoffice.booking.entity.BookingDetails;
import dev.boxoffice.booking.entity.BookingOutcome;
import dev.boxoffice.booking.entity.BookingReference;
import dev.boxoffice.booking.entity.Hold;
import dev.boxoffice.booking.entity.HoldEnded;
import dev.boxoffice.booking.entity.HoldStatus;
import dev.boxoffice.booking.entity.SeatNotHeld;
import dev.boxoffice.booking.entity.UnknownSeats;
import dev.boxoffice.platform.NotFound;
import dev.boxoffice.show.control.SeatInventory;
import dev.boxoffice.show.entity.LockedSeat;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Turning holds into bookings and cancelling them. Each public method is one transaction.
 * Lock order: the hold (or booking) row first, then its show seats in ascending id.
 */
@Stateless
public class SeatBookings {

    @PersistenceContext
    EntityManager em;
    @Inject
    SeatInventory inventory;
    @Inject
    IdempotencyKeys idempotencyKeys;
    @Inject
    BookingQueries queries;
    @Inject
    Clock clock;

    /**
     * Books every seat of the caller's live hold. Expired or released hold: 410; someone else's
     * hold: 404. With an idempotency key, repeating the request returns the first booking.
     */
    public BookingOutcome bookHold(long accountId, long holdId, String idempotencyKey) {
        Optional<Long> earlier = idempotencyKeys.claim(accountId, idempotencyKey, "hold:" + holdId);
        if (earlier.isPresent()) {
            return new BookingOutcome(queries.details(earlier.get()), true);
        }
        Hold hold = em.find(Hold.class, holdId, LockModeType.PESSIMISTIC_WRITE);
        if (hold == null || !hold.isOwnedBy(accountId)) {
            throw new NotFound("hold", holdId);
        }
        Instant now = clock.instant();
        requireActive(hold);
        List<LockedSeat> seats = inventory.lockHeldBy(holdId, now);
        // live = every seat it should own is still taken by it (seat_taken), none lost to a takeover
        if (seats.isEmpty() || seats.size() != hold.seatCount() || !seats.stream().allMatch(LockedSeat::taken)) {
            throw HoldEnded.expired(holdId);
        }
        Booking booking = confirm(hold, seats, now);
        idempotencyKeys.complete(accountId, idempotencyKey, booking.id());
        return new BookingOutcome(queries.details(booking.id()), false);
    }

    /** Books one seat of the caller's live hold of a show (the seed API); the rest stays held. */
    public BookingOutcome bookSeat(long accountId, long showId, long seatId, String idempotencyKey) {
        Optional<Long> earlier = idempotencyKeys.claim(accountId, idempotencyKey, "seat:" + showId + ":" + seatId);
        if (earlier.isPresent()) {
            return new BookingOutcome(queries.details(earlier.get()), true);
        }
        Instant now = clock.instant();
        SalesWindow.lockOpen(em, showId, now);
        Hold hold = em.createQuery("SELECT h FROM Hold h WHERE h.accountId = :account AND h.showId = :show"
                        + " ORDER BY h.createdAt DESC, h.id DESC", Hold.class)
                .setParameter("account", accountId).setParameter("show", showId)
                .setMaxResults(1)
                .getResultStream().findFirst()
                .orElse(null);
        if (hold != null) {
            hold = em.find(Hold.class, hold.id(), LockModeType.PESSIMISTIC_WRITE);
        }
        List<LockedSeat> seats = inventory.lockSeats(showId, List.of(seatId), now);
        if (seats.isEmpty()) {
            throw new UnknownSeats(showId, List.of(seatId));
        }
        if (hold == null || hold.stateAt(now) == HoldStatus.RELEASED || hold.stateAt(now) == HoldStatus.BOOKED) {
            throw new SeatNotHeld(seatId);
        }
        requireLive(hold, now);
        if (!seats.get(0).isHeldBy(hold.id())) {
            throw new SeatNotHeld(seatId);
        }
        Booking booking = confirm(hold, seats, now);
        idempotencyKeys.complete(accountId, idempotencyKey, booking.id());
        return new BookingOutcome(queries.details(booking.id()), false);
    }

    /** Cancels the caller's booking and frees its seats at once. Cancelling twice changes nothing. */
    public BookingDetails cancel(long accountId, String reference) {
        Booking booking = em.createQuery("SELECT b FROM Booking b WHERE b.reference = :reference", Booking.class)
                .setParameter("reference", reference)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst()
                .filter(b -> b.isOwnedBy(accountId))
                .orElseThrow(() -> new NotFound("booking", reference));
        if (booking.isConfirmed()) {
            inventory.releaseBookedBy(booking.showId(), booking.id());
            em.createNativeQuery("UPDATE booking_seat SET confirmed = FALSE WHERE booking_id = ?1")
                    .setParameter(1, booking.id())
                    .executeUpdate();
            booking.cancel(clock.instant());
            em.flush();
        }
        return queries.details(booking.id());
    }

    /** 410 or 409 for a hold whose stored state is not ACTIVE. */
    private static void requireActive(Hold hold) {
        requireActive(hold, hold.status());
    }

    /** Also 410 for an ACTIVE hold past its expiry. */
    private static void requireLive(Hold hold, Instant now) {
        requireActive(hold, hold.stateAt(now));
    }

    private static void requireActive(Hold hold, HoldStatus state) {
        switch (state) {
            case ACTIVE -> { }
            case EXPIRED -> throw HoldEnded.expired(hold.id());
            case RELEASED -> throw HoldEnded.released(hold.id());
            case BOOKED -> throw HoldEnded.booked(hold.id());
        }
    }

    private Booking confirm(Hold hold, List<LockedSeat> seats, Instant now) {
        Booking booking = new Booking(freshReference(), hold.accountId(), hold.showId(), hold.id(), now);
        em.persist(booking);
        em.flush(); // its identity id
        hold.seatsBooked(seats.size());
        // the bulk update flushes the hold first
        inventory.book(hold.showId(), seats, booking.id());
        Number total = (Number) em.createNativeQuery("""
                        WITH sold AS (
                            INSERT INTO booking_seat (booking_id, show_id, show_seat_id, price_cents)
                            SELECT ss.booking_id, ss.show_id, ss.id, coalesce(p.price_cents, 0)
                            FROM show_seat ss JOIN seat s ON s.id = ss.seat_id
                            LEFT JOIN show_price p ON p.show_id = ss.show_id AND p.category = s.category
                            WHERE ss.booking_id = ?1
                            RETURNING price_cents)
                        SELECT coalesce(sum(price_cents), 0) FROM sold
                        """)
                .setParameter(1, booking.id())
                .getSingleResult();
        booking.priced(total.longValue());
        return booking;
    }

    private BookingReference freshReference() {
        while (true) {
            BookingReference candidate = BookingReference.random();
            Long used = em.createQuery("SELECT count(b) FROM Booking b WHERE b.reference = :r", Long.class)
                    .setParameter("r", candidate.value())
                    .getSingleResult();
            if (used == 0) {
                return candidate;
            }
        }
    }
}
