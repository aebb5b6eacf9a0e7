package dev.boxoffice.booking.control;

import dev.boxoffice.booking.entity.Booking;
import dev.boxoffice.booking.entity.BookingDetails;
import dev.boxoffice.platform.NotFound;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** Reads of a user's bookings. Other users' bookings do not exist for the caller (404). */
@Stateless
public class BookingQueries {

    @PersistenceContext
    EntityManager em;

    public BookingDetails byReference(long accountId, String reference) {
        return em.createQuery("SELECT b FROM Booking b WHERE b.reference = :reference", Booking.class)
                .setParameter("reference", reference)
                .getResultStream().findFirst()
                .filter(b -> b.isOwnedBy(accountId))
                .map(this::withSeats)
                .orElseThrow(() -> new NotFound("booking", reference));
    }

    public List<BookingDetails> ofAccount(long accountId) {
        return em.createQuery("SELECT b FROM Booking b WHERE b.accountId = :account ORDER BY b.createdAt DESC, b.id DESC",
                        Booking.class)
                .setParameter("account", accountId)
                .getResultStream().map(this::withSeats).toList();
    }

    public BookingDetails details(long bookingId) {
        return withSeats(em.find(Booking.class, bookingId));
    }

    private BookingDetails withSeats(Booking booking) {
        List<?> seatIds = em.createNativeQuery("SELECT ss.seat_id FROM booking_seat bs JOIN show_seat ss ON ss.id = bs.show_seat_id"
                        + " WHERE bs.booking_id = ?1 ORDER BY ss.seat_id")
                .setParameter(1, booking.id())
                .getResultList();
        return new BookingDetails(booking, seatIds.stream().map(id -> ((Number) id).longValue()).toList());
    }
}
