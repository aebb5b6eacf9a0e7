package dev.boxoffice.show.control;

import dev.boxoffice.platform.Timestamps;
import static dev.boxoffice.platform.Timestamps.instant;

import dev.boxoffice.platform.NotFound;
import dev.boxoffice.show.entity.SeatMap;
import dev.boxoffice.show.entity.SeatState;
import dev.boxoffice.show.entity.ShowSummary;
import dev.boxoffice.show.entity.SeatPlace;
import dev.boxoffice.show.entity.TakenSeat;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads of shows and seat maps, as scalar projections (a 2,000-seat map is one query, no
 * entities). Whether a seat is taken is the database's seat_taken: a seat of an expired hold
 * reads as available from the instant it expires, before the cleanup timer has touched the row.
 */
@Stateless
public class ShowCatalog {

    private static final String SUMMARY = """
            SELECT sh.id, sh.title, v.id, v.name, h.id, h.name, sh.starts_at, sh.ends_at, sh.status,
                   (SELECT count(*) FROM show_seat ss WHERE ss.show_id = sh.id),
                   (SELECT count(*) FROM show_seat ss
                     WHERE ss.show_id = sh.id AND NOT seat_taken(ss.status, ss.held_until, ?1)),
                   (SELECT string_agg(p.category || '=' || p.price_cents, ',' ORDER BY p.category)
                      FROM show_price p WHERE p.show_id = sh.id)
            FROM show sh JOIN hall h ON h.id = sh.hall_id JOIN venue v ON v.id = h.venue_id
            """;

    @PersistenceContext
    EntityManager em;
    @Inject
    Clock clock;
    @Inject
    ShowLayouts layouts;
    @Inject
    LayoutReads reads;

    /** Shows that have not ended yet, soonest first. */
    public List<ShowSummary> upcoming() {
        Instant now = clock.instant();
        List<?> rows = em.createNativeQuery(SUMMARY + " WHERE sh.ends_at > ?1 AND sh.status = 'PUBLISHED'"
                        + " ORDER BY sh.starts_at, sh.id")
                .setParameter(1, Timestamps.of(now))
                .getResultList();
        return rows.stream().map(row -> summary((Object[]) row)).toList();
    }

    /** Every show, drafts and cancelled ones included, newest first (administration). */
    public List<ShowSummary> all() {
        List<?> rows = em.createNativeQuery(SUMMARY + " ORDER BY sh.starts_at DESC, sh.id DESC")
                .setParameter(1, Timestamps.of(clock.instant()))
                .getResultList();
        return rows.stream().map(row -> summary((Object[]) row)).toList();
    }

    public ShowSummary require(long showId) {
        List<?> rows = em.createNativeQuery(SUMMARY + " WHERE sh.id = ?2")
                .setParameter(1, Timestamps.of(clock.instant()))
                .setParameter(2, showId)
                .getResultList();
        if (rows.isEmpty()) {
            throw new NotFound("show", showId);
        }
        return summary((Object[]) rows.get(0));
    }

    /** A show the public may see: drafts do not exist for them. */
    public ShowSummary requireVisible(long showId) {
        ShowSummary show = require(showId);
        if ("draft".equals(show.status())) {
            throw new NotFound("show", showId);
        }
        return show;
    }

    /** The seat map of a (non-draft) show as seen by the caller (null when anonymous). */
    public SeatMap seatMap(long showId, Long callerId) {
        ShowSummary show = requireVisible(showId);
        return new SeatMap(show, seats(showId, callerId));
    }

    /** Those of the given hall seats of a show that are free right now (expired holds included). */
    public List<Long> availableAmong(long showId, List<Long> seatIds) {
        List<?> rows = em.createNativeQuery("""
                        SELECT ss.seat_id FROM show_seat ss
                        WHERE ss.show_id = ?1 AND ss.seat_id = ANY (string_to_array(?2, ',')::bigint[])
                          AND NOT seat_taken(ss.status, ss.held_until, ?3)
                        ORDER BY ss.seat_id
                        """)
                .setParameter(1, showId)
                .setParameter(2, seatIds.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(",")))
                .setParameter(3, Timestamps.of(clock.instant()))
                .getResultList();
        return rows.stream().map(id -> ((Number) id).longValue()).toList();
    }

    /** Seat states of any show, drafts included, as nobody in particular sees them. */
    public List<SeatState> seatMapForAdmin(long showId) {
        return seats(showId, null);
    }

    /** Seat states of any show as committed at this moment, read from the database (best available chooses from them). */
    public List<SeatState> seatMapNow(long showId) {
        return seats(layouts.places(showId), reads.stateIncludingDrafts(showId).takenBySeat(), null);
    }

    private List<SeatState> seats(long showId, Long callerId) {
        return seats(layouts.places(showId), layouts.state(showId).takenBySeat(), callerId);
    }

    private static List<SeatState> seats(List<SeatPlace> places, Map<Long, TakenSeat> taken, Long callerId) {
        return places.stream()
                .map(place -> SeatState.of(place, taken.get(place.id()), callerId))
                .toList();
    }

    private static ShowSummary summary(Object[] r) {
        return new ShowSummary(number(r[0]), (String) r[1], number(r[2]), (String) r[3], number(r[4]), (String) r[5],
                instant(r[6]), instant(r[7]), ((String) r[8]).toLowerCase(), number(r[9]), number(r[10]), prices((String) r[11]));
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }

    private static Map<String, Long> prices(String encoded) {
        Map<String, Long> prices = new TreeMap<>();
        if (encoded != null) {
            for (String pair : encoded.split(",")) {
                int eq = pair.indexOf('=');
                prices.put(pair.substring(0, eq), Long.valueOf(pair.substring(eq + 1)));
            }
        }
        return prices;
    }
}
