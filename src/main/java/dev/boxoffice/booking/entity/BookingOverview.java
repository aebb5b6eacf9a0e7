package dev.boxoffice.booking.entity;

import java.time.Instant;

/** One line of My bookings: the booking with its show and seat labels ("A-5, A-6"). */
public record BookingOverview(String reference, long showId, String showTitle, String venueName, String hallName,
                              Instant startsAt, String status, String seats, long totalCents) {

    public boolean isConfirmed() {
        return "confirmed".equals(status);
    }
}
