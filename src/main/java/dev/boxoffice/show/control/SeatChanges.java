package dev.boxoffice.show.control;

import dev.boxoffice.platform.JsonConfig;
import dev.boxoffice.platform.PlainReads;
import dev.boxoffice.show.entity.SeatChange;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;

/**
 * Announces seat state changes with PostgreSQL NOTIFY inside the changing transaction: the
 * notice is delivered to every instance's {@link SeatChangeFeed} only if and when the change
 * commits. Large changes are split to stay far below NOTIFY's 8,000-byte payload limit.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class SeatChanges {

    public static final String CHANNEL = "boxoffice_seat_changes";
    private static final int SEATS_PER_NOTICE = 200;

    @Inject
    PlainReads plain;

    public void announce(long showId, String status, List<Long> seatIds, Instant lockedUntil) {
        for (int from = 0; from < seatIds.size(); from += SEATS_PER_NOTICE) {
            List<Long> part = seatIds.subList(from, Math.min(seatIds.size(), from + SEATS_PER_NOTICE));
            String payload = JsonConfig.jsonb().toJson(new SeatChange(showId, status, List.copyOf(part), lockedUntil));
            plain.query("SELECT pg_notify(?, ?)", query -> {
                query.setString(1, CHANNEL);
                query.setString(2, payload);
            }, PlainReads.NOTHING);
        }
    }
}
