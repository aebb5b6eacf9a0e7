package dev.boxoffice.venue.control;

import dev.boxoffice.venue.entity.Hall;
import dev.boxoffice.venue.entity.Venue;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/** Venues and the seat geometry of their halls. */
@Stateless
public class HallLayouts {

    /** Row labels A..Z, then AA, AB, ... (grid row 26 is AA). */
    private static final String ROW_LABEL =
            "CASE WHEN r < 26 THEN chr(65 + r) ELSE chr(64 + r / 26) || chr(65 + r % 26) END";

    @PersistenceContext
    EntityManager em;

    public Optional<Venue> venueNamed(String name) {
        return em.createQuery("SELECT v FROM Venue v WHERE v.name = :name", Venue.class)
                .setParameter("name", name).getResultStream().findFirst();
    }

    public Venue createVenue(String name) {
        Venue venue = new Venue(name);
        em.persist(venue);
        em.flush();
        return venue;
    }

    /**
     * Creates a rectangular hall of {@code rows} x {@code seatsPerRow} seats in one statement;
     * rows from {@code premiumFromRow} (0-based) on are PREMIUM, the others STANDARD.
     */
    public Hall createRectangularHall(long venueId, String name, int rows, int seatsPerRow, int premiumFromRow) {
        Hall hall = new Hall(venueId, name);
        em.persist(hall);
        em.flush();
        em.createNativeQuery("INSERT INTO seat (hall_id, row_label, number, grid_row, grid_col, category)"
                        + " SELECT ?1, " + ROW_LABEL + ", c, r, c - 1,"
                        + " CASE WHEN r >= ?4 THEN 'PREMIUM' ELSE 'STANDARD' END"
                        + " FROM generate_series(0, ?2 - 1) r, generate_series(1, ?3) c ORDER BY r, c")
                .setParameter(1, hall.id())
                .setParameter(2, rows)
                .setParameter(3, seatsPerRow)
                .setParameter(4, premiumFromRow)
                .executeUpdate();
        return hall;
    }
}
