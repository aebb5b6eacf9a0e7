package dev.boxoffice.booking.entity;

import java.util.List;

/** A hold with the hall seat ids it currently owns. */
public record HoldDetails(Hold hold, List<Long> seatIds) {
}
