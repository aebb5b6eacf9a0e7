package dev.boxoffice.show.control;

import dev.boxoffice.show.entity.SeatChange;
import dev.boxoffice.show.entity.SeatFeedStatus;
import dev.boxoffice.show.entity.SeatState;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The seats this instance has seen taken, per show, and until when (booked: for good), learned
 * from the change feed and from this instance's own commits. Only a hint for turning down
 * hopeless holds early: a seat seen taken is looked at again in the database before anyone is
 * refused, and a seat not seen taken is decided under its row lock as always.
 */
@ApplicationScoped
public class KnownTakenSeats {

    private static final int MAX_SHOWS = 1_000;
    private static final int MAX_SEATS_PER_SHOW = 100_000;

    private final Map<Long, Map<Long, Instant>> byShow = new ConcurrentHashMap<>();

    /** Whether one of the seats was last seen taken beyond {@code now}. */
    public boolean anySeenTaken(long showId, Collection<Long> seatIds, Instant now) {
        Map<Long, Instant> taken = byShow.get(showId);
        return taken != null && seatIds.stream().map(taken::get).anyMatch(until -> until != null && until.isAfter(now));
    }

    /** Seats just taken, held until {@code until} (null: booked). */
    void taken(long showId, Collection<Long> seatIds, Instant until) {
        Map<Long, Instant> taken = byShow.computeIfAbsent(showId, id -> new ConcurrentHashMap<>());
        if (taken.size() >= MAX_SEATS_PER_SHOW || byShow.size() >= MAX_SHOWS) {
            byShow.clear();
            return;
        }
        seatIds.forEach(seat -> taken.put(seat, until == null ? Instant.MAX : until));
    }

    void changed(@Observes SeatChange change) {
        if (change.isResync()) {
            byShow.clear();
        } else if (SeatState.AVAILABLE.equals(change.status())) {
            Map<Long, Instant> taken = byShow.get(change.showId());
            if (taken != null) {
                change.seatIds().forEach(taken::remove);
            }
        } else {
            taken(change.showId(), change.seatIds(), SeatState.HELD.equals(change.status()) ? change.lockedUntil() : null);
        }
    }

    void feed(@Observes SeatFeedStatus status) {
        byShow.clear();
    }
}
