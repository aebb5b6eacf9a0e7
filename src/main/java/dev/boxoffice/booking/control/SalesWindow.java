package dev.boxoffice.booking.control;

import dev.boxoffice.platform.DomainException;
import dev.boxoffice.platform.NotFound;
import dev.boxoffice.platform.SqlValues;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;

/** Seats of a published show can be held and booked until the show starts. */
final class SalesWindow {

    private SalesWindow() {
    }

    /**
     * SHARE-locks the show row and checks that it is on sale: a cancellation (which locks the
     * show for update) cannot overtake a hold or booking that passed this check.
     */
    static void lockOpen(EntityManager em, long showId, Instant now) {
        List<?> rows = em.createNativeQuery("SELECT status, starts_at FROM show WHERE id = ?1 FOR SHARE")
                .setParameter(1, showId)
                .getResultList();
        if (rows.isEmpty()) {
            throw new NotFound("show", showId);
        }
        Object[] show = (Object[]) rows.get(0);
        String status = ((String) show[0]).toLowerCase();
        if (!"published".equals(status)) {
            throw new DomainException(DomainException.Kind.CONFLICT, "not-on-sale", "Not on sale",
                    "Show " + showId + " is " + status + "; its seats cannot be held or booked.");
        }
        Instant startsAt = SqlValues.instant(show[1]);
        if (!now.isBefore(startsAt)) {
            throw new DomainException(DomainException.Kind.CONFLICT, "sales-closed", "Sales closed",
                    "Show " + showId + " has already started; its seats can no longer be held or booked.");
        }
    }
}
