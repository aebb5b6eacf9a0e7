package dev.boxoffice.show.entity;

import java.util.List;

/** A show and the state of all its seats at one instant. */
public record SeatMap(ShowSummary show, List<SeatState> seats) {
}
