package dev.boxoffice.booking.entity;

import dev.boxoffice.platform.DomainException;

/** The hold is no longer live: it expired, was released or was already booked. */
public class HoldEnded extends DomainException {

    private HoldEnded(Kind kind, String slug, String title, String detail) {
        super(kind, slug, title, detail);
    }

    public static HoldEnded expired(long holdId) {
        return new HoldEnded(Kind.GONE, "hold-expired", "Hold expired",
                "Hold " + holdId + " has expired; its seats are no longer reserved for you.");
    }

    public static HoldEnded released(long holdId) {
        return new HoldEnded(Kind.GONE, "hold-released", "Hold released", "Hold " + holdId + " was released.");
    }

    public static HoldEnded booked(long holdId) {
        return new HoldEnded(Kind.CONFLICT, "hold-already-booked", "Hold already booked",
                "Hold " + holdId + " has already been turned into a booking.");
    }
}
