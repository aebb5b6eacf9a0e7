package dev.boxoffice.booking.control;

import dev.boxoffice.booking.entity.Hold;
import dev.boxoffice.booking.entity.HoldStatus;
import dev.boxoffice.platform.NotFound;
import dev.boxoffice.platform.Timestamps;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * The start of every hold: in one statement, the show row is KEY SHARE-locked and found on sale
 * (a cancellation, which locks it FOR UPDATE, cannot overtake a hold that passed), then the
 * caller's open hold of the show, if any, is locked and read with the seats it owns. The show
 * is locked first (its subquery feeds the lateral join), in the order a cancellation takes them.
 */
final class OpenHold {

    private static final String LOCK = """
            SELECT sh.status, sh.starts_at, h.id, h.seat_count, h.created_at, h.expires_at,
                   (SELECT string_agg(ss.seat_id::text, ',' ORDER BY ss.seat_id) FROM show_seat ss WHERE ss.hold_id = h.id)
            FROM (SELECT id, status, starts_at FROM show WHERE id = ?2 FOR KEY SHARE) sh
            LEFT JOIN LATERAL (SELECT * FROM hold WHERE account_id = ?1 AND show_id = sh.id AND status = 'ACTIVE'
                               FOR NO KEY UPDATE) h ON TRUE
            """;

    private final EntityManager em;
    private final long accountId;
    private final long showId;
    private final Instant now;
    private final Hold live;
    private final List<Long> seatIds;

    private OpenHold(EntityManager em, long accountId, long showId, Instant now, Hold live, List<Long> seatIds) {
        this.em = em;
        this.accountId = accountId;
        this.showId = showId;
        this.now = now;
        this.live = live;
        this.seatIds = seatIds;
    }

    /** Locks the show (404, or 409 not-on-sale / sales-closed) and the caller's open hold; an open hold past its expiry is closed. */
    static OpenHold lock(EntityManager em, long accountId, long showId, Instant now) {
        List<?> rows = em.createNativeQuery(LOCK)
                .setParameter(1, accountId)
                .setParameter(2, showId)
                .getResultList();
        if (rows.isEmpty()) {
            throw new NotFound("show", showId);
        }
        Object[] row = (Object[]) rows.get(0);
        SalesWindow.requireOpen(showId, (String) row[0], Timestamps.instant(row[1]), now);
        Hold open = row[2] == null ? null : Hold.active(((Number) row[2]).longValue(), accountId, showId,
                ((Number) row[3]).intValue(), Timestamps.instant(row[4]), Timestamps.instant(row[5]));
        if (open != null && !open.isLiveAt(now)) {
            em.createQuery("UPDATE Hold h SET h.status = :expired WHERE h.id = :id")
                    .setParameter("expired", HoldStatus.EXPIRED).setParameter("id", open.id()).executeUpdate();
            open = null;
        }
        List<Long> seatIds = open == null || row[6] == null ? List.of()
                : Arrays.stream(((String) row[6]).split(",")).map(Long::valueOf).toList();
        return new OpenHold(em, accountId, showId, now, open, seatIds);
    }

    /** Adds seats to the live hold (its row is locked) or to a new one, which is then written. */
    Hold addSeats(Hold hold, int count) {
        if (hold == live) {
            em.createQuery("UPDATE Hold h SET h.seatCount = h.seatCount + :count WHERE h.id = :id")
                    .setParameter("count", count).setParameter("id", hold.id()).executeUpdate();
        }
        hold.addSeats(count);
        return hold;
    }

    /** The caller's live hold of the show, locked (not managed), or null. */
    Hold live() {
        return live;
    }

    /** The hall seats the live hold owns. */
    List<Long> seatIds() {
        return seatIds;
    }

    /** A new hold of the caller, to be written with the seats it takes. */
    Hold startNew(Duration ttl) {
        Hold hold = new Hold(accountId, showId, now, ttl);
        em.persist(hold);
        return hold;
    }
}
