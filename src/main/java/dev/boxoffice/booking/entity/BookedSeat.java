package dev.boxoffice.booking.entity;

/** A seat of a booking, with the price it was sold at. */
public record BookedSeat(long seatId, String row, int number, String category, long priceCents) {
}
