package dev.boxoffice.booking.entity;

import dev.boxoffice.platform.DomainException;
import java.util.List;
import java.util.Map;

public class SeatNotHeld extends DomainException {

    public SeatNotHeld(long seatId) {
        super(Kind.CONFLICT, "seat-not-held", "Seat not held",
                "Seat " + seatId + " is not in your live hold; hold it first.", Map.of("seat_ids", List.of(seatId)));
    }
}
