package dev.boxoffice.booking.control;

import dev.boxoffice.booking.entity.Booking;
import dev.boxoffice.booking.entity.BookedSeat;
import dev.boxoffice.booking.entity.BookingDetails;
import dev.boxoffice.booking.entity.BookingOverview;
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

    /** The caller's bookings as the My bookings page lists them, newest first. */
    public List<BookingOverview> overview(long accountId) {
        List<?> rows = em.createNativeQuery("""
                        SELECT b.reference, sh.id, sh.title, v.name, h.name, sh.starts_at, b.status,
                               string_agg(s.row_label || '-' || s.number, ', ' ORDER BY s.grid_row, s.grid_col),
                               b.total_cents
                        FROM booking b
                        JOIN show sh ON sh.id = b.show_id
                        JOIN hall h ON h.id = sh.hall_id
                        JOIN venue v ON v.id = h.venue_id
                        JOIN booking_seat bs ON bs.booking_id = b.id
                        JOIN show_seat ss ON ss.id = bs.show_seat_id
                        JOIN seat s ON s.id = ss.seat_id
                        WHERE b.account_id = ?1
                        GROUP BY b.id, sh.id, v.name, h.name
                        ORDER BY b.created_at DESC, b.id DESC
                        """)
                .setParameter(1, accountId)
                .getResultList();
        return rows.stream().map(row -> {
            Object[] r = (Object[]) row;
            return new BookingOverview((String) r[0], ((Number) r[1]).longValue(), (String) r[2], (String) r[3],
                    (String) r[4], ((java.sql.Timestamp) r[5]).toInstant(), ((String) r[6]).toLowerCase(), (String) r[7],
                    ((Number) r[8]).longValue());
        }).toList();
    }

    public BookingDetails details(long bookingId) {
        return withSeats(em.find(Booking.class, bookingId));
    }

    private BookingDetails withSeats(Booking booking) {
        List<?> rows = em.createNativeQuery("""
                        SELECT s.id, s.row_label, s.number, s.category, bs.price_cents
                        FROM booking_seat bs JOIN show_seat ss ON ss.id = bs.show_seat_id JOIN seat s ON s.id = ss.seat_id
                        WHERE bs.booking_id = ?1 ORDER BY s.id
                        """)
                .setParameter(1, booking.id())
                .getResultList();
        List<BookedSeat> seats = rows.stream().map(row -> {
            Object[] r = (Object[]) row;
            return new BookedSeat(((Number) r[0]).longValue(), (String) r[1], ((Number) r[2]).intValue(),
                    (String) r[3], ((Number) r[4]).longValue());
        }).toList();
        return new BookingDetails(booking, seats);
    }
}
