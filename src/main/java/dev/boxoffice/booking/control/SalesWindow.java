package dev.boxoffice.booking.control;

import dev.boxoffice.platform.DomainException;
import dev.boxoffice.platform.NotFound;
import dev.boxoffice.platform.Timestamps;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;

/** Seats of a published show can be held and booked until the show starts. */
final class SalesWindow {

    private SalesWindow() {
    }

    /**
     * KEY SHARE-locks the show row and checks that it is on sale: a cancellation (which locks the
     * show for update) cannot overtake a hold or booking that passed this check.
     */
    static void lockOpen(EntityManager em, long showId, Instant now) {
        List<?> rows = em.createNativeQuery("SELECT status, starts_at FROM show WHERE id = ?1 FOR KEY SHARE")
                .setParameter(1, showId)
                .getResultList();
        if (rows.isEmpty()) {
            throw new NotFound("show", showId);
        }
        Object[] show = (Object[]) rows.get(0);
        requireOpen(showId, (String) show[0], Timestamps.instant(show[1]), now);
    }

    static void requireOpen(long showId, String status, Instant startsAt, Instant now) {
        String state = status.toLowerCase();
        if (!"published".equals(state)) {
            throw new DomainException(DomainException.Kind.CONFLICT, "not-on-sale", "Not on sale",
                    "Show " + showId + " is " + state + "; its seats cannot be held or booked.");
        }
        if (!now.isBefore(startsAt)) {
            throw new DomainException(DomainException.Kind.CONFLICT, "sales-closed", "Sales closed",
                    "Show " + showId + " has already started; its seats can no longer be held or booked.");
        }
    }
}
