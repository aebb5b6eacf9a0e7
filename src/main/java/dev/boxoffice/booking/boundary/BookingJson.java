package dev.boxoffice.booking.boundary;

import dev.boxoffice.booking.entity.BookedSeat;
import dev.boxoffice.booking.entity.BookingDetails;
import java.time.Instant;
import java.util.List;

/** A booking on the wire; prices are whole cents of the configured currency. */
public record BookingJson(String reference, long showId, String status, List<Long> seatIds, List<BookedSeat> seats,
                          long totalCents, String currency, Instant createdAt, Instant cancelledAt) {

    static BookingJson of(BookingDetails details, String currency) {
        var booking = details.booking();
        return new BookingJson(booking.reference(), booking.showId(), booking.status().name().toLowerCase(),
                details.seatIds(), details.seats(), booking.totalCents(), currency, booking.createdAt(),
                booking.cancelledAt());
    }
}
