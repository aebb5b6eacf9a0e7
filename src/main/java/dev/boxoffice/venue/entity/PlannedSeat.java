package dev.boxoffice.venue.entity;

/** One seat of a generated layout. */
public record PlannedSeat(String row, int number, int gridRow, int gridCol, String category) {
}
