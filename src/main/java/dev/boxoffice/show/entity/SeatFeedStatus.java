package dev.boxoffice.show.entity;

/** Whether this instance's change feed is listening: while it is not, nothing cached from the database may be trusted. */
public record SeatFeedStatus(boolean listening) {
}
