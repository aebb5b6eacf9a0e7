package dev.boxoffice.booking.control;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Chooses the "best available" block of adjacent free seats in one row of a hall.
 *
 * <p>Every possible group is scored, lower being better:
 * {@code 2 * rowDistance / hallDepth + columnDistance / hallWidth}. {@code rowDistance} is how many rows
 * the group lies outside the preferred band (30 % to 60 % of the hall depth, row 0 nearest the stage);
 * {@code columnDistance} is how far the group's centre lies from the hall's centre line. Dividing each by
 * the hall's own depth and width makes both a fraction of the hall, so a wide hall does not drown out
 * the rows. A group that would strand a single free seat beside it loses to every group that does not,
 * in any row; remaining ties go to the lower row, then the lower first column. Expects one seat per
 * grid cell; runs in O(n log n).
 */
public final class BestAvailable {

    /** A seat of the hall as the chooser sees it. gridRow/gridCol are positions in the hall grid (0-based); aisles and gaps are simply missing grid cells. free = neither booked nor in a live hold. */
    public record Candidate(long seatId, int gridRow, int gridCol, String category, boolean free) {}

    private record Group(List<Candidate> seats, boolean leavesOrphan, double score) {
        int row() {
            return seats.get(0).gridRow();
        }

        int firstCol() {
            return seats.get(0).gridCol();
        }
    }

    private static final Comparator<Group> BEST_FIRST = Comparator.comparing(Group::leavesOrphan)
            .thenComparingDouble(Group::score)
            .thenComparingInt(Group::row)
            .thenComparingInt(Group::firstCol);

    private BestAvailable() {
    }

    /** Returns the seat ids of the best group of `count` adjacent free seats in one row (optionally only seats of `category`, case-insensitive; null = any category), or an empty list when no such group exists. */
    public static List<Long> choose(List<Candidate> seats, int count, String category) {
        if (count < 1) {
            throw new IllegalArgumentException("count must be at least 1, was " + count);
        }
        Objects.requireNonNull(seats, "seats");
        if (seats.isEmpty()) {
            return List.of();
        }
        Hall hall = Hall.of(seats);
        Group best = null;
        for (List<Candidate> row : rowsSortedByCol(seats)) {
            best = bestOf(best, bestInRow(row, count, category, hall));
        }
        return best == null ? List.of() : best.seats().stream().map(Candidate::seatId).toList();
    }

    private static Collection<List<Candidate>> rowsSortedByCol(List<Candidate> seats) {
        Map<Integer, List<Candidate>> rows = new HashMap<>();
        for (Candidate seat : seats) {
            rows.computeIfAbsent(seat.gridRow(), r -> new ArrayList<>()).add(seat);
        }
        rows.values().forEach(row -> row.sort(Comparator.comparingInt(Candidate::gridCol)));
        return rows.values();
    }

    /** Slides a window of `count` seats along each run of usable seats with consecutive columns. */
    private static Group bestInRow(List<Candidate> row, int count, String category, Hall hall) {
        Group best = null;
        int runStart = 0;
        for (int i = 0; i < row.size(); i++) {
            if (!usable(row.get(i), category)) {
                runStart = i + 1;
                continue;
            }
            if (i > runStart && row.get(i).gridCol() != row.get(i - 1).gridCol() + 1) {
                runStart = i;
            }
            int first = i - count + 1;
            if (first >= runStart) {
                boolean orphan = strandsSeat(row, i, 1, category) || strandsSeat(row, first, -1, category);
                double score = hall.score(row.get(i).gridRow(), row.get(first).gridCol(), row.get(i).gridCol());
                best = bestOf(best, new Group(row.subList(first, i + 1), orphan, score));
            }
        }
        return best;
    }

    private static Group bestOf(Group a, Group b) {
        if (a == null || b == null) {
            return a == null ? b : a;
        }
        return BEST_FIRST.compare(b, a) < 0 ? b : a;
    }

    /** The seat one step beyond the group's edge is usable, but the seat after it is not (or is no seat). */
    private static boolean strandsSeat(List<Candidate> row, int edge, int step, String category) {
        return usableAt(row, edge, step, category) && !usableAt(row, edge, 2 * step, category);
    }

    // Sorted by column, the cell `offset` columns away can only sit at index edge + offset once the
    // cells in between exist, which strandsSeat checks first.
    private static boolean usableAt(List<Candidate> row, int edge, int offset, String category) {
        int i = edge + offset;
        return i >= 0 && i < row.size()
                && row.get(i).gridCol() == row.get(edge).gridCol() + offset
                && usable(row.get(i), category);
    }

    private static boolean usable(Candidate seat, String category) {
        return seat.free() && (category == null || category.equalsIgnoreCase(seat.category()));
    }

    /** The extent of the whole hall, taken and excluded seats included, which fixes its centre and band. */
    private record Hall(int minRow, int maxRow, int minCol, int maxCol) {
        static Hall of(List<Candidate> seats) {
            int minRow = Integer.MAX_VALUE, maxRow = Integer.MIN_VALUE;
            int minCol = Integer.MAX_VALUE, maxCol = Integer.MIN_VALUE;
            for (Candidate seat : seats) {
                minRow = Math.min(minRow, seat.gridRow());
                maxRow = Math.max(maxRow, seat.gridRow());
                minCol = Math.min(minCol, seat.gridCol());
                maxCol = Math.max(maxCol, seat.gridCol());
            }
            return new Hall(minRow, maxRow, minCol, maxCol);
        }

        double score(int row, int firstCol, int lastCol) {
            double bandFront = minRow + 0.3 * (maxRow - minRow);
            double bandBack = minRow + 0.6 * (maxRow - minRow);
            double rowDistance = Math.max(0, Math.max(bandFront - row, row - bandBack));
            // Doubled centres keep this an exact integer, so mirror-image groups tie exactly.
            long doubledOffset = Math.abs((long) firstCol + lastCol - ((long) minCol + maxCol));
            double depth = maxRow - minRow + 1.0;
            double width = maxCol - minCol + 1.0;
            return 2.0 * rowDistance / depth + doubledOffset / 2.0 / width;
        }
    }
}
