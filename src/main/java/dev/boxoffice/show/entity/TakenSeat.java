package dev.boxoffice.show.entity;

import java.time.Instant;

/** A seat that is not free right now: booked, or in a live hold (holder and end of that hold). */
public record TakenSeat(long seatId, boolean booked, Long holderId, Instant heldUntil) {
}
