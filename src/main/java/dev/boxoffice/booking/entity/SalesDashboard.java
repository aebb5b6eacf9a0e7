package dev.boxoffice.booking.entity;

import java.time.Instant;
import java.util.List;

/** How a show sells: seat counts right now, revenue, and sales per hour. */
public record SalesDashboard(long showId, String title, long totalSeats, long sold, long held, long free,
                             long revenueCents, String currency, List<SalesPoint> salesOverTime) {

    public record SalesPoint(Instant hour, long seats, long revenueCents) {
    }
}
