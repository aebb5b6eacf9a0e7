package dev.boxoffice.booking.boundary;

import dev.boxoffice.booking.entity.HoldDetails;
import java.time.Instant;
import java.util.List;

/** A hold on the wire. status is what the client should believe now: active, expired, released or booked. */
public record HoldJson(long id, long showId, String status, List<Long> seatIds, Instant createdAt, Instant expiresAt) {

    static HoldJson of(HoldDetails details, Instant now) {
        var hold = details.hold();
        return new HoldJson(hold.id(), hold.showId(), hold.stateAt(now).name().toLowerCase(), details.seatIds(),
                hold.createdAt(), hold.expiresAt());
    }
}
