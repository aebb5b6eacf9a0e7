package dev.boxoffice.show.entity;

import java.time.Instant;
import java.util.Map;

/** A show as listed to the public, with how many of its seats are free right now. */
public record ShowSummary(long id, String title, long venueId, String venueName, long hallId, String hallName,
                          Instant startsAt, Instant endsAt, String status, long totalSeats, long availableSeats,
                          Map<String, Long> pricesCents) {

    public boolean isOnSale() {
        return "published".equals(status);
    }
}
