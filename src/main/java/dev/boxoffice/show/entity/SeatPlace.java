package dev.boxoffice.show.entity;

/** Where a seat of a show is and what it is: fixed for the life of the show. */
public record SeatPlace(long id, String row, int number, String category, int gridRow, int gridCol) {
}
