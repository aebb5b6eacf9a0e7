package dev.boxoffice.show.control;

import dev.boxoffice.platform.Timestamps;
import dev.boxoffice.platform.DomainException;
import dev.boxoffice.platform.InvalidRequest;
import dev.boxoffice.platform.NotFound;
import dev.boxoffice.show.entity.Show;
import dev.boxoffice.show.entity.ShowStatus;
import dev.boxoffice.venue.entity.LayoutPlan;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Puts a title in a hall at a time, with one inventory row per seat of the hall's current layout. */
@Stateless
public class ShowScheduler {

    /** PostgreSQL and java.sql.Timestamp hold far fewer years than Instant; no show needs more. */
    private static final Instant EARLIEST = Instant.parse("1970-01-01T00:00:00Z");
    private static final Instant LATEST = Instant.parse("9999-12-31T23:59:59Z");

    @PersistenceContext
    EntityManager em;

    /**
     * Creates the show, its prices and its whole inventory (one INSERT ... SELECT, in seat id
     * order). The hall row is locked first, so two shows can never be scheduled into the same
     * hall at overlapping times. Every seat category of the hall needs a price (in cents).
     */
    public Show schedule(long hallId, String title, Instant startsAt, Instant endsAt, Map<String, Long> pricesCents,
                         boolean publish) {
        if (title == null || title.isBlank() || title.length() > 300) {
            throw new InvalidRequest("invalid-title", "A show needs a title of 1 to 300 characters.");
        }
        if (!endsAt.isAfter(startsAt)) {
            throw new InvalidRequest("invalid-times", "A show must end after it starts.");
        }
        if (startsAt.isBefore(EARLIEST) || endsAt.isAfter(LATEST)) {
            throw new InvalidRequest("invalid-times", "A show must start and end between the years 1970 and 9999.");
        }
        int layout = lockHall(hallId);
        requireNoOverlap(hallId, startsAt, endsAt);
        Set<String> categories = categories(hallId, layout);
        if (categories.isEmpty()) {
            throw new InvalidRequest("hall-without-seats", "Hall " + hallId + " has no seats; give it a layout first.");
        }
        requirePrices(categories, pricesCents);
        Show show = new Show(hallId, title.trim(), startsAt, endsAt, publish ? ShowStatus.PUBLISHED : ShowStatus.DRAFT);
        em.persist(show);
        em.flush();
        em.createNativeQuery("INSERT INTO show_seat (show_id, seat_id) SELECT ?1, id FROM seat"
                        + " WHERE hall_id = ?2 AND layout_version = ?3 ORDER BY id")
                .setParameter(1, show.id()).setParameter(2, hallId).setParameter(3, layout)
                .executeUpdate();
        writePrices(show.id(), pricesCents);
        return show;
    }

    /** Replaces the prices of a show; bookings already made keep the prices they were sold at. */
    public void reprice(long showId, Map<String, Long> pricesCents) {
        Show show = em.find(Show.class, showId);
        if (show == null) {
            throw new NotFound("show", showId);
        }
        List<?> layout = em.createNativeQuery("SELECT DISTINCT s.category FROM show_seat ss JOIN seat s ON s.id = ss.seat_id"
                + " WHERE ss.show_id = ?1").setParameter(1, showId).getResultList();
        requirePrices(new TreeSet<>(layout.stream().map(String::valueOf).toList()), pricesCents);
        em.createNativeQuery("DELETE FROM show_price WHERE show_id = ?1").setParameter(1, showId).executeUpdate();
        writePrices(showId, pricesCents);
    }

    public void publish(long showId) {
        Show show = em.find(Show.class, showId);
        if (show == null) {
            throw new NotFound("show", showId);
        }
        if (show.status() == ShowStatus.CANCELLED) {
            throw new DomainException(DomainException.Kind.CONFLICT, "show-cancelled", "Show cancelled",
                    "A cancelled show cannot be published.");
        }
        show.publish();
    }

    private int lockHall(long hallId) {
        List<?> rows = em.createNativeQuery("SELECT layout_version FROM hall WHERE id = ?1 FOR UPDATE")
                .setParameter(1, hallId).getResultList();
        if (rows.isEmpty()) {
            throw new NotFound("hall", hallId);
        }
        return ((Number) rows.get(0)).intValue();
    }

    private void requireNoOverlap(long hallId, Instant startsAt, Instant endsAt) {
        List<?> clash = em.createNativeQuery("SELECT id FROM show WHERE hall_id = ?1 AND status <> 'CANCELLED'"
                        + " AND starts_at < ?3 AND ends_at > ?2 ORDER BY starts_at LIMIT 1")
                .setParameter(1, hallId)
                .setParameter(2, Timestamps.of(startsAt))
                .setParameter(3, Timestamps.of(endsAt))
                .getResultList();
        if (!clash.isEmpty()) {
            throw new DomainException(DomainException.Kind.CONFLICT, "show-overlap", "Hall already booked",
                    "Show " + clash.get(0) + " is in this hall at an overlapping time.",
                    Map.of("show_id", ((Number) clash.get(0)).longValue()));
        }
    }

    private Set<String> categories(long hallId, int layout) {
        List<?> rows = em.createNativeQuery("SELECT DISTINCT category FROM seat WHERE hall_id = ?1 AND layout_version = ?2")
                .setParameter(1, hallId).setParameter(2, layout).getResultList();
        return new TreeSet<>(rows.stream().map(String::valueOf).toList());
    }

    private static void requirePrices(Set<String> categories, Map<String, Long> pricesCents) {
        Set<String> missing = new TreeSet<>(categories);
        missing.removeAll(pricesCents == null ? Set.of() : pricesCents.keySet());
        if (!missing.isEmpty()) {
            throw new InvalidRequest("missing-prices", "Give a price for every seat category of the hall: missing " + missing + ".");
        }
        Set<String> unknown = new TreeSet<>(pricesCents.keySet());
        unknown.removeAll(LayoutPlan.CATEGORIES);
        if (!unknown.isEmpty()) {
            throw new InvalidRequest("unknown-category", "No such seat category: " + unknown + "; use " + LayoutPlan.CATEGORIES + ".");
        }
        if (pricesCents.values().stream().anyMatch(p -> p == null || p < 0 || p > 100_000_000L)) {
            throw new InvalidRequest("invalid-price", "Prices are whole cents from 0 to 100,000,000.");
        }
    }

    private void writePrices(long showId, Map<String, Long> pricesCents) {
        pricesCents.forEach((category, cents) -> em.createNativeQuery(
                        "INSERT INTO show_price (show_id, category, price_cents) VALUES (?1, ?2, ?3)")
                .setParameter(1, showId).setParameter(2, category).setParameter(3, cents)
                .executeUpdate());
    }
}
