package dev.boxoffice.booking.boundary;

import dev.boxoffice.booking.control.ExpiredHolds;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Every BOXOFFICE_CLEANUP_SECONDS, returns the seats of expired holds to AVAILABLE in small
 * batches. Non-persistent: every instance runs its own timer, which is safe (see ExpiredHolds).
 */
@Startup
@Singleton
@DependsOn("DatabaseMigrations")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class HoldExpiryTimer {

    private static final Logger LOG = Logger.getLogger(HoldExpiryTimer.class.getName());

    @Resource
    TimerService timerService;
    @Inject
    ExpiredHolds expiredHolds;
    @Inject
    @ConfigProperty(name = "boxoffice.cleanup.seconds", defaultValue = "15")
    int intervalSeconds;
    @Inject
    @ConfigProperty(name = "boxoffice.cleanup.batch", defaultValue = "200")
    int batchSize;

    @PostConstruct
    void schedule() {
        batchSize = Math.max(1, batchSize);
        long interval = Math.max(1, intervalSeconds) * 1000L;
        timerService.createIntervalTimer(interval, interval, new TimerConfig("hold-expiry", false));
    }

    @Timeout
    void releaseExpiredHolds() {
        try {
            int seats = drain(() -> expiredHolds.releaseSeats(batchSize));
            int holds = drain(() -> expiredHolds.closeHolds(batchSize));
            if (seats + holds > 0) {
                LOG.fine(() -> "Expired " + holds + " holds, released " + seats + " seats");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Releasing expired holds failed; will retry on the next run", e);
        }
    }

    private int drain(java.util.function.IntSupplier batch) {
        int total = 0;
        int done;
        do {
            done = batch.getAsInt();
            total += done;
        } while (done == batchSize);
        return total;
    }
}
