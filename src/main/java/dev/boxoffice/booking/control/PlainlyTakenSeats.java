package dev.boxoffice.booking.control;

import dev.boxoffice.booking.entity.SeatsUnavailable;
import dev.boxoffice.platform.PlainReads;
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
            FROM show sh JOIN show_seat ss ON ss.show_id = sh.id LEFT JOIN hold ho ON ho.id = ss.hold_id
            WHERE sh.id = ? AND sh.status = 'PUBLISHED' AND sh.starts_at > ?
              AND ss.seat_id = ANY (?)
              AND (ss.status = 'BOOKED' OR (ss.status = 'HELD' AND ho.status = 'ACTIVE' AND ho.expires_at > ?))
            ORDER BY ss.seat_id
            """;

    @Inject
    PlainReads plain;
    @Inject
    HoldPolicy policy;
    @Inject
    Clock clock;

    /** Throws {@link SeatsUnavailable} naming the plainly taken seats, if any; invalid seat lists get their 400 first. */
    public void refuse(long showId, List<Long> seatIds) {
        SeatSelection.check(seatIds, policy.maxSeatsPerRequest());
        Instant now = clock.instant();
        List<Long> taken = plain.query(TAKEN, query -> {
            Array ids = query.getConnection().createArrayOf("bigint", seatIds.toArray());
            query.setLong(1, showId);
            query.setObject(2, PlainReads.timestamp(now));
            query.setArray(3, ids);
            query.setObject(4, PlainReads.timestamp(now));
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
