package dev.boxoffice.booking.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** How long holds last and how many seats they may take (BOXOFFICE_HOLD_* settings). */
@ApplicationScoped
public class HoldPolicy {

    @Inject
    @ConfigProperty(name = "boxoffice.hold.ttl", defaultValue = "300")
    long ttlSeconds;
    @Inject
    @ConfigProperty(name = "boxoffice.hold.max-seats", defaultValue = "10")
    int maxSeatsPerRequest;
    @Inject
    @ConfigProperty(name = "boxoffice.hold.max-seats-per-user", defaultValue = "10")
    int maxSeatsPerUser;

    public Duration ttl() {
        return Duration.ofSeconds(ttlSeconds);
    }

    public int maxSeatsPerRequest() {
        return maxSeatsPerRequest;
    }

    public int maxSeatsPerUser() {
        return maxSeatsPerUser;
    }
}
