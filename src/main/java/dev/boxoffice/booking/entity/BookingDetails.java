package dev.boxoffice.booking.entity;

import java.util.List;

/** A booking with the hall seat ids it sold. */
public record BookingDetails(Booking booking, List<Long> seatIds) {
}
