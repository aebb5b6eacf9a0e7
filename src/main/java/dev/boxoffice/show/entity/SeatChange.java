package dev.boxoffice.show.entity;

import java.time.Instant;
import java.util.List;

/**
 * Seats of one show that just took the same public status (available, held or booked).
 * lockedUntil is the hold's expiry for held seats, else null. Who holds or booked them is
 * deliberately absent: this goes to every viewer. A {@link #RESYNC} change (show id 0) tells
 * subscribers that changes may have been missed and they should reload.
 */
public record SeatChange(long showId, String status, List<Long> seatIds, Instant lockedUntil) {

    public static final String RESYNC = "resync";

    public static SeatChange resync() {
        return new SeatChange(0, RESYNC, List.of(), null);
    }

    public boolean isResync() {
        return RESYNC.equals(status);
    }
}
