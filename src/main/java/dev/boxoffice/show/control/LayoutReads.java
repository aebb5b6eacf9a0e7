package dev.boxoffice.show.control;

import dev.boxoffice.platform.NotFound;
import dev.boxoffice.show.entity.LayoutState;
import dev.boxoffice.show.entity.SeatPlace;
import dev.boxoffice.show.entity.TakenSeat;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * The two reads behind a hall layout: the seat geometry, which never changes for a show and is
 * read once, and the live part (header and taken seats), one statement on every request. Only taken
 * seats come back, through a partial index, so a show with few sales costs almost nothing.
 * An expired hold is not taken, whether or not the cleanup timer has released it yet.
 * <p>
 * Plain JDBC, without an EJB or EclipseLink in between: this is the most frequent request of
 * all, and both layers cost more CPU than the statement itself. Outside a transaction the read is
 * one autocommit statement on a pooled connection, a consistent snapshot on its own; inside one
 * (best available, administration) it runs on the transaction's own connection, so that a
 * transaction never needs a second connection from the pool.
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
            SELECT sh.title, h.name, v.name, sh.starts_at, sh.status, t.seat_id, t.status, t.account_id, t.expires_at
            FROM show sh JOIN hall h ON h.id = sh.hall_id JOIN venue v ON v.id = h.venue_id
            LEFT JOIN LATERAL (
                SELECT ss.seat_id, ss.status, ho.account_id, ho.expires_at
                FROM show_seat ss LEFT JOIN hold ho ON ho.id = ss.hold_id
                WHERE ss.show_id = sh.id AND ss.status <> 'AVAILABLE'
                  AND (ss.status = 'BOOKED' OR (ho.status = 'ACTIVE' AND ho.expires_at > ?))
            ) t ON true
            WHERE sh.id = ?
            ORDER BY t.seat_id
            """;

    @Resource(lookup = "java:app/jdbc/boxoffice")
    DataSource dataSource;
    @Resource
    TransactionSynchronizationRegistry transactions;
    @PersistenceContext
    EntityManager em;
    @Inject
    Clock clock;

    public List<SeatPlace> places(long showId) {
        return read(PLACES, query -> {
            query.setLong(1, showId);
            List<SeatPlace> places = new ArrayList<>();
            try (ResultSet r = query.executeQuery()) {
                while (r.next()) {
                    places.add(new SeatPlace(r.getLong(1), r.getString(2), r.getInt(3), r.getString(4), r.getInt(5), r.getInt(6)));
                }
            }
            return places;
        });
    }

    /** Header and taken seats of a show the public may see (drafts do not exist for them). */
    public LayoutState state(long showId) {
        LayoutState state = stateIncludingDrafts(showId);
        if (state.draft()) {
            throw new NotFound("show", showId);
        }
        return state;
    }

    /** Header and taken seats of any show, drafts included (administration, best available). */
    public LayoutState stateIncludingDrafts(long showId) {
        return read(STATE, query -> {
            query.setObject(1, OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
            query.setLong(2, showId);
            try (ResultSet r = query.executeQuery()) {
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
            }
        });
    }

    private interface Reading<T> {
        T from(PreparedStatement query) throws SQLException;
    }

    private <T> T read(String sql, Reading<T> reading) {
        try {
            if (transactions.getTransactionStatus() == Status.STATUS_ACTIVE) {
                // the transaction's connection, which EclipseLink closes when the transaction ends
                try (PreparedStatement query = em.unwrap(Connection.class).prepareStatement(sql)) {
                    return reading.from(query);
                }
            }
            try (Connection connection = dataSource.getConnection();
                 PreparedStatement query = connection.prepareStatement(sql)) {
                return reading.from(query);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("a layout read failed", e);
        }
    }

    private static Instant instant(ResultSet row, int column) throws SQLException {
        OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
