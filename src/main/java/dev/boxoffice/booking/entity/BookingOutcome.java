package dev.boxoffice.booking.entity;

/** A booking just made, or the one an earlier request with the same idempotency key made. */
public record BookingOutcome(BookingDetails details, boolean replayed) {
}
