package dev.boxoffice.booking.control;

import dev.boxoffice.platform.InvalidRequest;
import java.util.HashSet;
import java.util.List;

/** Rules every seat list must follow before any lock is taken. */
final class SeatSelection {

    private SeatSelection() {
    }

    static void check(List<Long> seatIds, int maxSeats) {
        if (seatIds == null || seatIds.isEmpty()) {
            throw new InvalidRequest("empty-seat-selection", "Choose at least one seat.");
        }
        if (seatIds.size() > maxSeats) {
            throw new InvalidRequest("too-many-seats", "At most " + maxSeats + " seats per request; got " + seatIds.size() + ".");
        }
        if (seatIds.stream().anyMatch(java.util.Objects::isNull)) {
            throw new InvalidRequest("invalid-seat-id", "Seat ids must be numbers, not null.");
        }
        if (new HashSet<>(seatIds).size() != seatIds.size()) {
            throw new InvalidRequest("duplicate-seats", "Each seat may appear only once: " + seatIds + ".");
        }
    }
}
