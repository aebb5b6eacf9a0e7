package dev.boxoffice.account;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.boxoffice.testsupport.AppInstance;
import dev.boxoffice.testsupport.Reply;
import dev.boxoffice.testsupport.TestData;
import dev.boxoffice.testsupport.User;
import jakarta.json.JsonString;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Liquibase;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;

/**
 * BOXOFFICE_ADMIN_PASSWORD at start-up, on an installation without administrators: its own
 * database (the app's schema, an "admin" account without the role and locked) and its own Payara.
 */
public class FirstAdminScenarios {

    private static final String PASSWORD = "first-admin-" + UUID.randomUUID().toString().substring(0, 8);

    public void adminWithoutRoleIsPromotedWithConfiguredPassword() throws Exception {
        String database = "first_admin_" + UUID.randomUUID().toString().substring(0, 8);
        TestData.update("CREATE DATABASE " + database);
        String url = System.getenv("DB_URL").replaceFirst("/[^/?]*$", "/" + database);
        try (Connection db = DriverManager.getConnection(url, System.getenv("DB_USER"), System.getenv("DB_PASSWORD"))) {
            migrate(url);
            execute(db, "INSERT INTO account (username, password_hash, failed_logins, locked_until)"
                    + " VALUES ('admin', 'PBKDF2WithHmacSHA256:1024:AAAA:AAAA', 5, now() + interval '1 hour')");
            execute(db, "INSERT INTO account_role (account_id, role) SELECT id, 'user' FROM account WHERE username = 'admin'");

            try (AppInstance instance = AppInstance.start("first-admin", Map.of("DB_URL", url,
                    "BOXOFFICE_DEMO", "false", "BOXOFFICE_ADMIN_PASSWORD", PASSWORD))) {
                Reply me = instance.api().get("api/me", new User("admin", PASSWORD));
                assertEquals(200, me.status(), me.toString());
                assertEquals(List.of("admin", "user"), me.json().getJsonArray("roles").getValuesAs(JsonString::getString));
                assertEquals(200, instance.api().get("api/admin/accounts", new User("admin", PASSWORD)).status());
            }
            assertEquals(1, count(db, "SELECT count(*) FROM account"));
            assertEquals(1, count(db, "SELECT count(*) FROM account_role WHERE role = 'admin'"));
            assertEquals(1, count(db, "SELECT count(*) FROM account WHERE failed_logins = 0 AND locked_until IS NULL"));
        }
    }

    /** The app's own changelog, as the app would run it (on a connection of its own: Liquibase closes it). */
    private static void migrate(String url) throws Exception {
        Connection connection = DriverManager.getConnection(url, System.getenv("DB_USER"), System.getenv("DB_PASSWORD"));
        Database database = DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(connection));
        try (Liquibase liquibase = new Liquibase("liquibase/changelog.xml", new ClassLoaderResourceAccessor(), database)) {
            liquibase.update(new Contexts(), new LabelExpression());
        }
    }

    private static void execute(Connection db, String sql) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            statement.executeUpdate();
        }
    }

    private static long count(Connection db, String sql) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(sql); ResultSet rows = statement.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
