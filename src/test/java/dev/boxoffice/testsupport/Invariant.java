package dev.boxoffice.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;

/** The checks of src/bench/invariant.sql (shared with the benchmark scripts): violations by check, all 0 when the promise held. */
public final class Invariant {

    private Invariant() {
    }

    public static Map<String, Long> violations(Connection connection) {
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(Files.readString(Path.of("src", "bench", "invariant.sql")))) {
            Map<String, Long> violations = new LinkedHashMap<>();
            while (rows.next()) {
                violations.put(rows.getString(1), rows.getLong(2));
            }
            return violations;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static boolean holds(Map<String, Long> violations) {
        return violations.values().stream().allMatch(n -> n == 0);
    }
}
