package dev.boxoffice.show.entity;

/** A show seat as a transaction locked it: which hold owns it, and whether it is taken right now. */
public record LockedSeat(long showSeatId, long seatId, Long holdId, boolean taken) {

    public boolean isHeldBy(long hold) {
        return taken && holdId != null && holdId == hold;
    }
}
