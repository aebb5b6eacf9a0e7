package dev.boxoffice.show.control;

import dev.boxoffice.show.entity.SeatChange;
import dev.boxoffice.show.entity.SeatState;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.PriorityBlockingQueue;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Seats become free the instant their hold expires, long before the cleanup timer touches the
 * rows. So that open maps and SSE clients hear of it then, every instance looks again at held
 * seats once their hold has expired and tells its own subscribers about those that are free now
 * (a local event, not a NOTIFY: each instance does this for its own clients).
 * <p>
 * One queue ordered by expiry and one task that looks at it every {@link #TICK_MILLIS}, not a
 * scheduled task per hold (most holds are released or booked long before they would expire).
 * Everything due at a tick costs one query per show.
 */
@ApplicationScoped
public class ExpiryAnnouncer {

    /** How often due expiries are looked at: an `available` event comes at most this late. */
    static final long TICK_MILLIS = 200;
    private static final Logger LOG = Logger.getLogger(ExpiryAnnouncer.class.getName());

    private record Due(Instant at, long showId, List<Long> seatIds) {
    }

    @Resource
    ManagedScheduledExecutorService scheduler;
    @Inject
    ShowCatalog catalog;
    @Inject
    Event<SeatChange> localChanges;
    @Inject
    Clock clock;

    private final PriorityBlockingQueue<Due> due = new PriorityBlockingQueue<>(64, Comparator.comparing(Due::at));
    private ScheduledFuture<?> ticks;

    void onHeld(@Observes SeatChange change) {
        if (!SeatState.HELD.equals(change.status()) || change.lockedUntil() == null) {
            return;
        }
        due.add(new Due(change.lockedUntil(), change.showId(), change.seatIds()));
        startTicking();
    }

    private synchronized void startTicking() {
        if (ticks == null) {
            ticks = scheduler.scheduleWithFixedDelay(this::announceDue, TICK_MILLIS, TICK_MILLIS, TimeUnit.MILLISECONDS);
        }
    }

    @PreDestroy
    synchronized void stop() {
        if (ticks != null) {
            ticks.cancel(false);
        }
    }

    /** Runs on one task with a fixed delay, so never twice at once; a failure must not end the ticks. */
    private void announceDue() {
        Map<Long, Set<Long>> seatsByShow = new TreeMap<>();
        try {
            Instant now = clock.instant();
            for (Due next = due.peek(); next != null && !next.at().isAfter(now); next = due.peek()) {
                Due taken = due.poll();
                seatsByShow.computeIfAbsent(taken.showId(), show -> new TreeSet<>()).addAll(taken.seatIds());
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not collect expired holds", e);
        }
        seatsByShow.forEach((showId, seats) -> {
            try {
                List<Long> free = catalog.availableAmong(showId, new ArrayList<>(seats));
                if (!free.isEmpty()) {
                    localChanges.fire(new SeatChange(showId, SeatState.AVAILABLE, free, null));
                }
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Could not announce expired seats of show " + showId, e);
            }
        });
    }
}
