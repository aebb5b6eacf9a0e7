package dev.boxoffice.show.entity;

import java.time.Instant;

/**
 * One seat of a show as a client sees it. {@code lockedBy} is the caller's own id for the
 * caller's holds and null otherwise: who holds a seat is never revealed.
 */
public record SeatState(long id, String row, int number, String category, int gridRow, int gridCol,
                        String status, Long lockedBy, Instant lockedUntil, boolean mine) {

    public static final String AVAILABLE = "available";
    public static final String HELD = "held";
    public static final String BOOKED = "booked";
}
