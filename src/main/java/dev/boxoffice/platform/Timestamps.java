package dev.boxoffice.platform;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;

/**
 * The one conversion between {@link Instant} and PostgreSQL's timestamptz, for entities
 * ({@link InstantConverter}), native-query parameters and rows, and plain JDBC. A Timestamp
 * parameter carries the JVM's offset, so it means the same instant whatever the session's zone.
 */
public final class Timestamps {

    private Timestamps() {
    }

    public static Timestamp of(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    /** A timestamptz from a native-query row: the driver hands it back in more than one form. */
    public static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        if (value instanceof OffsetDateTime dateTime) {
            return dateTime.toInstant();
        }
        return (Instant) value;
    }

    /**
     * A timestamptz column of a JDBC row. getTimestamp, not getObject(…, OffsetDateTime.class):
     * the pool's result-set wrapper finds the typed getObject by reflection on every call.
     */
    public static Instant instant(ResultSet row, int column) throws SQLException {
        return instant(row.getTimestamp(column));
    }
}
