package dev.boxoffice.booking.entity;

import java.time.Instant;

/** One state change of a show seat from the audit table; username null means the system (e.g. expiry). */
public record SeatHistoryEntry(Instant changedAt, String fromStatus, String toStatus, String username,
                               Long holdId, String bookingReference) {
}
