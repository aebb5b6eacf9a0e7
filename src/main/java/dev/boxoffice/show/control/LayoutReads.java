package dev.boxoffice.show.control;

import static dev.boxoffice.platform.SqlValues.instant;
import static dev.boxoffice.platform.SqlValues.number;

import dev.boxoffice.platform.NotFound;
import dev.boxoffice.show.entity.LayoutState;
import dev.boxoffice.show.entity.SeatPlace;
import dev.boxoffice.show.entity.TakenSeat;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * The two reads behind a hall layout: the seat geometry, which never changes for a show and is
 * read once, and the live part (header and taken seats), one statement on every request. Only taken
 * seats come back, through a partial index, so a show with few sales costs almost nothing.
 * An expired hold is not taken, whether or not the cleanup timer has released it yet.
 */
@Stateless
public class LayoutReads {

    private static final String PLACES = """
            SELECT s.id, s.row_label, s.number, s.category, s.grid_row, s.grid_col
            FROM show_seat ss JOIN seat s ON s.id = ss.seat_id
            WHERE ss.show_id = ?1
            ORDER BY s.grid_row, s.grid_col
            """;
    /** The header, repeated on each taken seat's row (one row with null seat columns when none is taken). */
    private static final String STATE = """
            SELECT sh.title, h.name, v.name, sh.starts_at, sh.status, t.seat_id, t.status, t.account_id, t.expires_at
            FROM show sh JOIN hall h ON h.id = sh.hall_id JOIN venue v ON v.id = h.venue_id
            LEFT JOIN LATERAL (
                SELECT ss.seat_id, ss.status, ho.account_id, ho.expires_at
                FROM show_seat ss LEFT JOIN hold ho ON ho.id = ss.hold_id
                WHERE ss.show_id = sh.id AND ss.status <> 'AVAILABLE'
                  AND (ss.status = 'BOOKED' OR (ho.status = 'ACTIVE' AND ho.expires_at > ?2))
            ) t ON true
            WHERE sh.id = ?1
            ORDER BY t.seat_id
            """;

    @PersistenceContext
    EntityManager em;
    @Inject
    Clock clock;

    public List<SeatPlace> places(long showId) {
        List<?> rows = em.createNativeQuery(PLACES).setParameter(1, showId).getResultList();
        return rows.stream().map(row -> {
            Object[] r = (Object[]) row;
            return new SeatPlace(number(r[0]), (String) r[1], (int) number(r[2]), (String) r[3], (int) number(r[4]), (int) number(r[5]));
        }).toList();
    }

    /**
     * Header and taken seats of a show the public may see (drafts do not exist for them), in one
     * statement and without a transaction of its own: a read-only snapshot needs neither.
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public LayoutState state(long showId) {
        LayoutState state = stateIncludingDrafts(showId);
        if (state.draft()) {
            throw new NotFound("show", showId);
        }
        return state;
    }

    /** Header and taken seats of any show, drafts included (administration, best available). */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public LayoutState stateIncludingDrafts(long showId) {
        List<?> rows = em.createNativeQuery(STATE)
                .setParameter(1, showId)
                .setParameter(2, Timestamp.from(clock.instant()))
                .getResultList();
        if (rows.isEmpty()) {
            throw new NotFound("show", showId);
        }
        Object[] header = (Object[]) rows.get(0);
        List<TakenSeat> taken = new ArrayList<>();
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            if (r[5] != null) {
                boolean booked = "BOOKED".equals(r[6]);
                taken.add(new TakenSeat(number(r[5]), booked, booked ? null : number(r[7]), booked ? null : instant(r[8])));
            }
        }
        return new LayoutState((String) header[0], (String) header[1], (String) header[2], instant(header[3]),
                "DRAFT".equals(header[4]), taken);
    }
}
