package dev.boxoffice.booking.control;

import dev.boxoffice.platform.Timestamps;
import dev.boxoffice.booking.entity.SeatsUnavailable;
import dev.boxoffice.platform.PlainReads;
import dev.boxoffice.show.control.KnownTakenSeats;
import dev.boxoffice.show.control.ShowLayouts;
import dev.boxoffice.show.entity.LayoutState;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Array;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns down a hold of seats that are plainly taken (booked, or in somebody's live hold) with
 * one read, before any transaction, lock or EJB call: when 200 people want the same seat, 199
 * answers cost one statement each instead of queueing on the seat's row lock. Only a hint that
 * saves work: a seat that looks free here is still checked under its lock in {@link SeatHolds},
 * which alone decides. A show that is not on sale (the rule of {@link SalesWindow}) is left to
 * SeatHolds too, so that its answer says why.
 */
@ApplicationScoped
public class PlainlyTakenSeats {

    private static final String TAKEN = """
            SELECT ss.seat_id
            FROM show sh JOIN show_seat ss ON ss.show_id = sh.id
            WHERE sh.id = ? AND sh.status = 'PUBLISHED' AND sh.starts_at > ?
              AND ss.seat_id = ANY (?) AND seat_taken(ss.status, ss.held_until, ?)
            ORDER BY ss.seat_id
            """;

    @Inject
    PlainReads plain;
    @Inject
    ShowLayouts layouts;
    @Inject
    KnownTakenSeats knownTaken;
    @Inject
    HoldPolicy policy;
    @Inject
    Clock clock;

    /**
     * Like {@link #refuse}, but asks the database only when this instance has seen one of the
     * seats taken ({@link KnownTakenSeats}, or the cached layout of {@link ShowLayouts}): a hold
     * of seats not seen taken goes straight to its transaction.
     */
    public void refuseIfSeenTaken(long showId, List<Long> seatIds) {
        SeatSelection.check(seatIds, policy.maxSeatsPerRequest());
        if (knownTaken.anySeenTaken(showId, seatIds, clock.instant()) || layouts.cached(showId)
                .map(LayoutState::takenBySeat).filter(taken -> seatIds.stream().anyMatch(taken::containsKey)).isPresent()) {
            refuse(showId, seatIds);
        }
    }

    /** Throws {@link SeatsUnavailable} naming the plainly taken seats, if any; invalid seat lists get their 400 first. */
    public void refuse(long showId, List<Long> seatIds) {
        SeatSelection.check(seatIds, policy.maxSeatsPerRequest());
        Instant now = clock.instant();
        List<Long> taken = plain.query(TAKEN, query -> {
            Array ids = query.getConnection().createArrayOf("bigint", seatIds.toArray());
            query.setLong(1, showId);
            query.setObject(2, Timestamps.of(now));
            query.setArray(3, ids);
            query.setObject(4, Timestamps.of(now));
        }, rows -> {
            List<Long> ids = new ArrayList<>();
            while (rows.next()) {
                ids.add(rows.getLong(1));
            }
            return ids;
        });
        if (!taken.isEmpty()) {
            throw new SeatsUnavailable(taken);
        }
    }
}
