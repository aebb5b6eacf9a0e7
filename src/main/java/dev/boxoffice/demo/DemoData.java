package dev.boxoffice.demo;

import dev.boxoffice.account.control.Accounts;
import dev.boxoffice.account.entity.Caller;
import dev.boxoffice.show.control.ShowScheduler;
import dev.boxoffice.venue.control.HallLayouts;
import dev.boxoffice.venue.control.VenueAdministration;
import dev.boxoffice.venue.entity.Hall;
import dev.boxoffice.venue.entity.Venue;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;

/**
 * The seed system's demo: Metro Cineplex with Hall 1 (rows A-D x 10) and "Release Night"
 * tomorrow, a 2,000-seat Grand Hall and a 10,000-seat Arena with a show each, and three users. Loading twice changes nothing;
 * an advisory lock keeps instances that start together from loading it twice.
 */
@Stateless
public class DemoData {

    static final String VENUE = "Metro Cineplex";
    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

    @PersistenceContext
    EntityManager em;
    @Inject
    VenueAdministration venues;
    @Inject
    HallLayouts layouts;
    @Inject
    ShowScheduler scheduler;
    @Inject
    Accounts accounts;
    @Inject
    Clock clock;

    private Hall hall(Venue venue, String name, int rows, int seatsPerRow, int premiumFromRow) {
        Hall hall = venues.createHall(venue.id(), name);
        layouts.furnishRectangle(hall.id(), rows, seatsPerRow, premiumFromRow);
        return hall;
    }

    private static Map<String, Long> prices(long standardCents, long premiumCents) {
        return Map.of("STANDARD", standardCents, "PREMIUM", premiumCents);
    }

    public void load() {
        em.createNativeQuery("SELECT pg_advisory_xact_lock(4242)").getSingleResult();
        accounts.ensure("user1", "user1-pass", Set.of(Caller.USER));
        accounts.ensure("user2", "user2-pass", Set.of(Caller.USER));
        accounts.ensure("admin", "admin-pass", Set.of(Caller.USER, Caller.ADMIN));
        if (venues.venueNamed(VENUE).isPresent()) {
            return;
        }
        Venue venue = venues.createVenue(VENUE);
        Instant tomorrowEvening = clock.instant().truncatedTo(ChronoUnit.DAYS).plus(Duration.ofDays(1))
                .atOffset(ZoneOffset.UTC).with(LocalTime.of(20, 0)).toInstant();
        Hall hall1 = hall(venue, "Hall 1", 4, 10, 3);
        scheduler.schedule(hall1.id(), "Release Night", tomorrowEvening, tomorrowEvening.plus(Duration.ofMinutes(150)),
                prices(1200, 1600), true);
        Hall grand = hall(venue, "Grand Hall", 40, 50, 30);
        Instant gala = tomorrowEvening.plus(Duration.ofDays(1));
        scheduler.schedule(grand.id(), "Gala Concert", gala, gala.plus(Duration.ofMinutes(180)), prices(4500, 7500), true);
        Hall arena = hall(venue, "Arena", 100, 100, 80);
        Instant tour = gala.plus(Duration.ofDays(1));
        scheduler.schedule(arena.id(), "Stadium Tour", tour, tour.plus(Duration.ofMinutes(180)), prices(6000, 9500), true);
        LOG.info("Demo data loaded");
    }
}
