package dev.boxoffice.booking.entity;

import dev.boxoffice.platform.DomainException;
import java.util.List;
import java.util.Map;

/** Some of the requested seats are booked or in a live hold. Nothing was changed. */
public class SeatsUnavailable extends DomainException {

    public SeatsUnavailable(List<Long> seatIds) {
        super(Kind.CONFLICT, "seats-unavailable", "Seats unavailable",
                "These seats are already held or booked: " + seatIds + ".", Map.of("seat_ids", seatIds));
    }
}
