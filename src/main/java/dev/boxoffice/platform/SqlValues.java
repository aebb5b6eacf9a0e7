package dev.boxoffice.platform;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;

/** Values of native-query result rows as Java types: the driver hands back timestamps in more than one form. */
public final class SqlValues {

    private SqlValues() {
    }

    public static long number(Object value) {
        return ((Number) value).longValue();
    }

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
}
