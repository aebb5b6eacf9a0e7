package dev.boxoffice.booking.boundary;

import dev.boxoffice.booking.entity.BookingDetails;
import java.time.Instant;
import java.util.List;

public record BookingJson(String reference, long showId, String status, List<Long> seatIds, Instant createdAt,
                          Instant cancelledAt) {

    static BookingJson of(BookingDetails details) {
        var booking = details.booking();
        return new BookingJson(booking.reference(), booking.showId(), booking.status().name().toLowerCase(),
                details.seatIds(), booking.createdAt(), booking.cancelledAt());
    }
}
