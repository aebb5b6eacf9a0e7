package dev.boxoffice.show.control;

import dev.boxoffice.show.entity.SeatChange;
import dev.boxoffice.show.entity.SeatState;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Seats become free the instant their hold expires, long before the cleanup timer touches the
 * rows. So that open maps and SSE clients hear of it at that instant, every instance looks
 * again at held seats when their hold expires and tells its own subscribers about those that
 * are free now (a local event, not a NOTIFY: each instance does this for its own clients).
 */
@ApplicationScoped
public class ExpiryAnnouncer {

    private static final Logger LOG = Logger.getLogger(ExpiryAnnouncer.class.getName());

    @Resource
    ManagedScheduledExecutorService scheduler;
    @Inject
    ShowCatalog catalog;
    @Inject
    Event<SeatChange> localChanges;
    @Inject
    Clock clock;

    void onHeld(@Observes SeatChange change) {
        if (!SeatState.HELD.equals(change.status()) || change.lockedUntil() == null) {
            return;
        }
        long delay = Math.max(0, Duration.between(clock.instant(), change.lockedUntil()).toMillis()) + 5;
        scheduler.schedule(() -> announceFreed(change), delay, TimeUnit.MILLISECONDS);
    }

    private void announceFreed(SeatChange held) {
        try {
            List<Long> free = catalog.availableAmong(held.showId(), held.seatIds());
            if (!free.isEmpty()) {
                localChanges.fire(new SeatChange(held.showId(), SeatState.AVAILABLE, free, null));
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not announce expired seats of show " + held.showId(), e);
        }
    }
}
