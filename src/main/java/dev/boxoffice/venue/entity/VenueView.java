package dev.boxoffice.venue.entity;

import java.util.List;

/** A venue with its halls, as administrators see it. */
public record VenueView(long id, String name, List<HallView> halls) {

    public record HallView(long id, long venueId, String name, int layoutVersion, long seats, long shows) {
    }
}
