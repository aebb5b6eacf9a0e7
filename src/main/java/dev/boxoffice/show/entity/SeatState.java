package dev.boxoffice.show.entity;

import java.time.Instant;

/**
 * One seat of a show as a client sees it. {@code lockedBy} is the caller's own id for the
 * caller's holds and null otherwise: who holds a seat is never revealed.
 */
public record SeatState(long id, String row, int number, String category, int gridRow, int gridCol,
                        String status, Long lockedBy, Instant lockedUntil, boolean mine) {

    /** {@link SeatStatus} names as clients see them (constants, for switches; SeatStatusTest keeps them equal). */
    public static final String AVAILABLE = "available";
    public static final String HELD = "held";
    public static final String BOOKED = "booked";

    /** A seat as {@code callerId} (null: nobody in particular) sees it, given what holds it right now (null: nothing). */
    public static SeatState of(SeatPlace place, TakenSeat taken, Long callerId) {
        String status = taken == null ? AVAILABLE : taken.booked() ? BOOKED : HELD;
        boolean mine = taken != null && !taken.booked() && callerId != null && callerId.equals(taken.holderId());
        return new SeatState(place.id(), place.row(), place.number(), place.category(), place.gridRow(), place.gridCol(),
                status, mine ? callerId : null, HELD.equals(status) ? taken.heldUntil() : null, mine);
    }
}
