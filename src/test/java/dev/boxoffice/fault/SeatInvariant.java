package dev.boxoffice.fault;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.sql.DataSource;

/**
 * The seat invariant, checked in SQL after the run: each query counts violations and must be 0.
 * show_seat can name only one hold, so "no seat in two live holds" is checked as: every held
 * seat belongs to an active hold, and every live hold owns exactly seat_count held seats.
 */
final class SeatInvariant {

    private static final Map<String, String> VIOLATIONS = new LinkedHashMap<>();

    static {
        VIOLATIONS.put("held seat outside an active hold",
                "SELECT count(*) FROM show_seat ss JOIN hold h ON h.id = ss.hold_id"
                        + " WHERE ss.status = 'HELD' AND h.status <> 'ACTIVE'");
        VIOLATIONS.put("live hold whose seat_count differs from its held seats",
                "SELECT count(*) FROM hold h WHERE h.status = 'ACTIVE' AND h.expires_at > now()"
                        + " AND h.seat_count <> (SELECT count(*) FROM show_seat ss WHERE ss.hold_id = h.id AND ss.status = 'HELD')");
        VIOLATIONS.put("seat in two confirmed bookings",
                "SELECT count(*) FROM (SELECT show_seat_id FROM booking_seat WHERE confirmed"
                        + " GROUP BY show_seat_id HAVING count(*) > 1) twice");
        VIOLATIONS.put("booked seat without its confirmed booking",
                "SELECT count(*) FROM show_seat ss WHERE ss.status = 'BOOKED' AND NOT EXISTS ("
                        + "SELECT 1 FROM booking_seat bs JOIN booking b ON b.id = bs.booking_id"
                        + " WHERE bs.show_seat_id = ss.id AND bs.booking_id = ss.booking_id AND bs.confirmed"
                        + " AND b.status = 'CONFIRMED')");
        VIOLATIONS.put("confirmed booking seat not booked by that booking",
                "SELECT count(*) FROM booking_seat bs JOIN booking b ON b.id = bs.booking_id"
                        + " WHERE bs.confirmed AND b.status = 'CONFIRMED' AND NOT EXISTS ("
                        + "SELECT 1 FROM show_seat ss WHERE ss.id = bs.show_seat_id AND ss.status = 'BOOKED'"
                        + " AND ss.booking_id = bs.booking_id)");
        VIOLATIONS.put("confirmed seat of a cancelled booking",
                "SELECT count(*) FROM booking_seat bs JOIN booking b ON b.id = bs.booking_id"
                        + " WHERE bs.confirmed AND b.status <> 'CONFIRMED'");
    }

    private SeatInvariant() {
    }

    /** Violation counts by rule, in a fixed order. */
    static Map<String, Long> check(DataSource database) throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
            for (Map.Entry<String, String> rule : VIOLATIONS.entrySet()) {
                try (ResultSet rows = statement.executeQuery(rule.getValue())) {
                    rows.next();
                    counts.put(rule.getKey(), rows.getLong(1));
                }
            }
        }
        return counts;
    }

    static long soldSeats(DataSource database) throws SQLException {
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT count(*) FROM show_seat WHERE status = 'BOOKED'")) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
