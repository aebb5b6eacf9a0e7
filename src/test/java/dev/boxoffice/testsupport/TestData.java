package dev.boxoffice.testsupport;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import javax.sql.DataSource;

/** Direct SQL against the test database: fixtures the API cannot make yet, and invariant checks. */
public final class TestData {

    public record ShowFixture(long showId, List<Long> seatIds) {
    }

    private TestData() {
    }

    private static DataSource db() {
        return EmbeddedDatabase.dataSource();
    }

    /** A connection of its own to the test database, for holding locks or transactions open. */
    public static Connection connection() throws SQLException {
        return db().getConnection();
    }

    /** A fresh venue, hall of rows x seats and show starting tomorrow; seat ids in row-major order. */
    public static ShowFixture show(String title, int rows, int seatsPerRow) {
        try (Connection c = db().getConnection()) {
            long venue = insert(c, "INSERT INTO venue (name) VALUES (?) RETURNING id", "Test venue " + UUID.randomUUID());
            long hall = insert(c, "INSERT INTO hall (venue_id, name) VALUES (?, 'Test hall') RETURNING id", venue);
            try (PreparedStatement seats = c.prepareStatement("INSERT INTO seat (hall_id, row_label, number, grid_row, grid_col)"
                    + " SELECT ?, chr(65 + r), n, r, n - 1 FROM generate_series(0, ? - 1) r, generate_series(1, ?) n ORDER BY r, n")) {
                seats.setLong(1, hall);
                seats.setInt(2, rows);
                seats.setInt(3, seatsPerRow);
                seats.executeUpdate();
            }
            Instant start = Instant.now().plusSeconds(86_400);
            long show;
            try (PreparedStatement s = c.prepareStatement(
                    "INSERT INTO show (hall_id, title, starts_at, ends_at) VALUES (?, ?, ?, ?) RETURNING id")) {
                s.setLong(1, hall);
                s.setString(2, title);
                s.setTimestamp(3, Timestamp.from(start));
                s.setTimestamp(4, Timestamp.from(start.plusSeconds(7_200)));
                show = single(s);
            }
            try (PreparedStatement s = c.prepareStatement(
                    "INSERT INTO show_seat (show_id, seat_id) SELECT ?, id FROM seat WHERE hall_id = ? ORDER BY id")) {
                s.setLong(1, show);
                s.setLong(2, hall);
                s.executeUpdate();
            }
            return new ShowFixture(show, longs(c, "SELECT id FROM seat WHERE hall_id = ? ORDER BY grid_row, grid_col", hall));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A user account with the same PBKDF2 hash format the application writes (cheap parameters). */
    public static User user(String prefix) {
        String name = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        String password = "pw-" + UUID.randomUUID();
        try (Connection c = db().getConnection()) {
            long id = insert(c, "INSERT INTO account (username, password_hash) VALUES (?, ?) RETURNING id", name, hash(password));
            insert(c, "INSERT INTO account_role (account_id, role) VALUES (?, 'user') RETURNING account_id", id);
            return new User(name, password);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Gives the user's account a new password (the application's hash format), as an operator would in SQL. */
    public static void changePassword(User user, String newPassword) {
        update("UPDATE account SET password_hash = ? WHERE username = ?", hash(newPassword), user.name());
    }

    /** Violations by check of src/bench/invariant.sql on the test database (all 0 when the promise held). */
    public static Map<String, Long> invariantViolations() {
        try (Connection c = db().getConnection()) {
            return Invariant.violations(c);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public static long scalar(String sql, Object... params) {
        try (Connection c = db().getConnection()) {
            return insert(c, sql, params);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String text(String sql, Object... params) {
        try (Connection c = db().getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            bind(s, params);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public static int update(String sql, Object... params) {
        try (Connection c = db().getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            bind(s, params);
            return s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String hash(String password) {
        try {
            byte[] salt = new byte[16];
            new SecureRandom().nextBytes(salt);
            byte[] hash = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
                    .generateSecret(new PBEKeySpec(password.toCharArray(), salt, 1024, 256)).getEncoded();
            return "PBKDF2WithHmacSHA256:1024:" + Base64.getEncoder().encodeToString(salt) + ":"
                    + Base64.getEncoder().encodeToString(hash);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static long insert(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            bind(s, params);
            return single(s);
        }
    }

    private static long single(PreparedStatement s) throws SQLException {
        try (ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static List<Long> longs(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            bind(s, params);
            List<Long> out = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getLong(1));
                }
            }
            return out;
        }
    }

    private static void bind(PreparedStatement s, Object... params) throws SQLException {
        for (int i = 0; i < params.length; i++) {
            s.setObject(i + 1, params[i]);
        }
    }
}
