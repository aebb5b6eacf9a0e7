package dev.boxoffice.show.control;

import dev.boxoffice.platform.Timestamps;
import static dev.boxoffice.platform.Timestamps.instant;

import dev.boxoffice.platform.NotFound;
import dev.boxoffice.platform.PlainReads;
import dev.boxoffice.show.entity.LayoutState;
import dev.boxoffice.show.entity.SeatPlace;
import dev.boxoffice.show.entity.TakenSeat;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The two reads behind a hall layout: the seat geometry, which never changes for a show and is
 * read once, and the live part (header and taken seats), one statement, which {@link ShowLayouts}
 * keeps until the show changes. Only taken seats come back, through a partial index, so a show
 * with few sales costs almost nothing.
 * Taken means the database's seat_taken: a seat of an expired hold is free whether or not the
 * cleanup timer has released it yet.
 * Plain JDBC ({@link PlainReads}): no EJB call or EclipseLink query around one statement.
 */
@ApplicationScoped
public class LayoutReads {

    private static final String PLACES = """
            SELECT s.id, s.row_label, s.number, s.category, s.grid_row, s.grid_col
            FROM show_seat ss JOIN seat s ON s.id = ss.seat_id
            WHERE ss.show_id = ?
            ORDER BY s.grid_row, s.grid_col
            """;
    /** The header, repeated on each taken seat's row (one row with null seat columns when none is taken). */
    private static final String STATE = """
            SELECT sh.title, h.name, v.name, sh.starts_at, sh.status, t.seat_id, t.status, t.account_id, t.held_until
            FROM show sh JOIN hall h ON h.id = sh.hall_id JOIN venue v ON v.id = h.venue_id
            LEFT JOIN LATERAL (
                SELECT ss.seat_id, ss.status, ho.account_id, ss.held_until
                FROM show_seat ss LEFT JOIN hold ho ON ho.id = ss.hold_id
                WHERE ss.show_id = sh.id AND ss.status <> 'AVAILABLE' AND seat_taken(ss.status, ss.held_until, ?)
            ) t ON true
            WHERE sh.id = ?
            ORDER BY t.seat_id
            """;

    @Inject
    PlainReads plain;
    @Inject
    Clock clock;

    public List<SeatPlace> places(long showId) {
        return plain.query(PLACES, query -> query.setLong(1, showId), r -> {
            List<SeatPlace> places = new ArrayList<>();
            while (r.next()) {
                places.add(new SeatPlace(r.getLong(1), r.getString(2), r.getInt(3), r.getString(4), r.getInt(5), r.getInt(6)));
            }
            return places;
        });
    }

    /** Header and taken seats of any show, drafts included (administration, best available). */
    public LayoutState stateIncludingDrafts(long showId) {
        return plain.query(STATE, query -> {
            query.setObject(1, Timestamps.of(clock.instant()));
            query.setLong(2, showId);
        }, r -> {
            if (!r.next()) {
                throw new NotFound("show", showId);
            }
            String title = r.getString(1);
            String hallName = r.getString(2);
            String venueName = r.getString(3);
            Instant startsAt = instant(r, 4);
            boolean draft = "DRAFT".equals(r.getString(5));
            List<TakenSeat> taken = new ArrayList<>();
            do {
                long seatId = r.getLong(6);
                if (!r.wasNull()) {
                    boolean booked = "BOOKED".equals(r.getString(7));
                    taken.add(new TakenSeat(seatId, booked, booked ? null : r.getLong(8), booked ? null : instant(r, 9)));
                }
            } while (r.next());
            return new LayoutState(title, hallName, venueName, startsAt, draft, taken);
        });
    }
}
