package dev.boxoffice.booking.entity;

import dev.boxoffice.platform.DomainException;
import java.util.List;
import java.util.Map;

public class UnknownSeats extends DomainException {

    public UnknownSeats(long showId, List<Long> seatIds) {
        super(Kind.NOT_FOUND, "seat-not-found", "Seat not found",
                "Show " + showId + " has no seats " + seatIds + ".", Map.of("seat_ids", seatIds));
    }
}
