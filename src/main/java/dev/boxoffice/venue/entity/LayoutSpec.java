package dev.boxoffice.venue.entity;

import java.util.List;

/**
 * How to generate a hall's seats: {@code rows} x {@code seatsPerRow}, optional row labels
 * (default A, B, ... Z, AA, ...), numbering direction, aisles (an empty grid column after the
 * given seat positions, 1-based), gaps (positions with no seat) and category rules.
 */
public record LayoutSpec(Integer rows, Integer seatsPerRow, List<String> rowLabels, String numbering,
                         List<Integer> aislesAfter, List<Position> gaps, List<CategoryRule> categories) {

    /** A seat position before numbering: row label and 1-based position from the left. */
    public record Position(String row, Integer position) {
    }

    /** Seats of the given rows (all seats, or only the given seat numbers) get this category. */
    public record CategoryRule(List<String> rows, List<Integer> seats, String category) {
    }
}
