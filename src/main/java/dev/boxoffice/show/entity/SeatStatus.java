package dev.boxoffice.show.entity;

/**
 * Stored state of a show seat, the one vocabulary of seat states: the public statuses
 * ({@link SeatState}, the change feed) are these names in lower case. Whether a seat is taken is
 * the database's seat_taken: a HELD seat past its held_until is available, whatever this says.
 */
public enum SeatStatus {
    AVAILABLE, HELD, BOOKED;

    /** The name clients see. */
    public String publicName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
