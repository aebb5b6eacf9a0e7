package dev.boxoffice.booking.control;

import dev.boxoffice.platform.DomainException;
import dev.boxoffice.show.entity.ShowSummary;
import java.time.Instant;

/** Seats of a published show can be held and booked until the show starts. */
final class SalesWindow {

    private SalesWindow() {
    }

    static void requireOpen(ShowSummary show, Instant now) {
        if (!show.isOnSale()) {
            throw new DomainException(DomainException.Kind.CONFLICT, "not-on-sale", "Not on sale",
                    "Show " + show.id() + " is " + show.status() + "; its seats cannot be held or booked.");
        }
        if (!now.isBefore(show.startsAt())) {
            throw new DomainException(DomainException.Kind.CONFLICT, "sales-closed", "Sales closed",
                    "Show " + show.id() + " has already started; its seats can no longer be held or booked.");
        }
    }
}
