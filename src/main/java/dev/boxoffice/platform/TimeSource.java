package dev.boxoffice.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;

/** The one clock of the application, injectable so expiry logic can be tested without sleeping. */
@ApplicationScoped
public class TimeSource {

    @Produces
    Clock clock() {
        return Clock.tickMillis(java.time.ZoneOffset.UTC);
    }
}
