package dev.boxoffice.venue.control;

import dev.boxoffice.venue.entity.Hall;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import dev.boxoffice.platform.NotFound;
import dev.boxoffice.venue.entity.LayoutPlan;
import dev.boxoffice.venue.entity.LayoutSpec;
import dev.boxoffice.venue.entity.PlannedSeat;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The seat geometry of halls: layouts and their versions. */
@Stateless
public class HallLayouts {

    @PersistenceContext
    EntityManager em;

    /**
     * Gives the hall a new layout. Seats are never changed in place: the new seats form the
     * next layout version, which new shows use; existing shows keep the seats they were sold with.
     * The hall row is locked, so a show scheduled at the same moment sees one layout or the other.
     */
    public List<PlannedSeat> replaceLayout(long hallId, LayoutSpec spec) {
        List<PlannedSeat> seats = LayoutPlan.generate(spec);
        List<?> current = em.createNativeQuery("SELECT layout_version FROM hall WHERE id = ?1 FOR UPDATE")
                .setParameter(1, hallId).getResultList();
        if (current.isEmpty()) {
            throw new NotFound("hall", hallId);
        }
        int version = ((Number) current.get(0)).intValue() + 1;
        insertSeats(hallId, version, seats);
        em.createNativeQuery("UPDATE hall SET layout_version = ?2 WHERE id = ?1")
                .setParameter(1, hallId).setParameter(2, version).executeUpdate();
        return seats;
    }

    /** The seats of the hall's current layout, row by row. */
    public List<PlannedSeat> currentLayout(long hallId) {
        List<?> rows = em.createNativeQuery("""
                        SELECT s.row_label, s.number, s.grid_row, s.grid_col, s.category FROM seat s JOIN hall h ON h.id = s.hall_id
                        WHERE h.id = ?1 AND s.layout_version = h.layout_version ORDER BY s.grid_row, s.grid_col
                        """).setParameter(1, hallId).getResultList();
        if (rows.isEmpty() && em.find(Hall.class, hallId) == null) {
            throw new NotFound("hall", hallId);
        }
        return rows.stream().map(row -> {
            Object[] r = (Object[]) row;
            return new PlannedSeat((String) r[0], ((Number) r[1]).intValue(), ((Number) r[2]).intValue(),
                    ((Number) r[3]).intValue(), (String) r[4]);
        }).toList();
    }

    /** Inserts a layout's seats in one statement, in row order. */
    private void insertSeats(long hallId, int version, List<PlannedSeat> seats) {
        em.createNativeQuery("""
                        INSERT INTO seat (hall_id, layout_version, row_label, number, grid_row, grid_col, category)
                        SELECT ?1, ?2, l, n, r, c, k FROM unnest(string_to_array(?3, ','), string_to_array(?4, ',')::int[],
                            string_to_array(?5, ',')::int[], string_to_array(?6, ',')::int[], string_to_array(?7, ',')) AS t(l, n, r, c, k)
                        ORDER BY r, c
                        """)
                .setParameter(1, hallId)
                .setParameter(2, version)
                .setParameter(3, join(seats, PlannedSeat::row))
                .setParameter(4, join(seats, s -> String.valueOf(s.number())))
                .setParameter(5, join(seats, s -> String.valueOf(s.gridRow())))
                .setParameter(6, join(seats, s -> String.valueOf(s.gridCol())))
                .setParameter(7, join(seats, PlannedSeat::category))
                .executeUpdate();
    }

    private static String join(List<PlannedSeat> seats, Function<PlannedSeat, String> field) {
        return seats.stream().map(field).collect(Collectors.joining(","));
    }

    /**
     * Gives a new, seatless hall its first layout (version 1): {@code rows} x {@code seatsPerRow}
     * seats, rows from {@code premiumFromRow} (0-based) on PREMIUM, the others STANDARD.
     */
    public void furnishRectangle(long hallId, int rows, int seatsPerRow, int premiumFromRow) {
        List<PlannedSeat> seats = LayoutPlan.generate(new LayoutSpec(rows, seatsPerRow, null, null, null, null, null))
                .stream()
                .map(s -> s.gridRow() < premiumFromRow ? s
                        : new PlannedSeat(s.row(), s.number(), s.gridRow(), s.gridCol(), "PREMIUM"))
                .toList();
        insertSeats(hallId, 1, seats);
    }
}
