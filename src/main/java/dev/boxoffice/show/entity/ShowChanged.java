package dev.boxoffice.show.entity;

/** A show's own row changed (title, time, status): what is cached of its header is stale. */
public record ShowChanged(long showId) {
}
