package dev.boxoffice.testsupport;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Starts one real PostgreSQL (zonky) for the whole integration-test run, before Arquillian
 * starts Payara Micro. Failsafe reserves the port (test.pg.port) and passes the matching DB_URL
 * to the Payara process through its environment. Unit tests (no port given) start nothing.
 */
public class EmbeddedDatabase implements LauncherSessionListener {

    private static EmbeddedPostgres postgres;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        String port = System.getProperty("test.pg.port");
        if (port == null || postgres != null) {
            return;
        }
        try {
            postgres = EmbeddedPostgres.builder().setPort(Integer.parseInt(port)).start();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start embedded PostgreSQL", e);
        }
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        if (postgres != null) {
            try {
                postgres.close();
            } catch (IOException ignored) {
                // the JVM is ending anyway
            }
            postgres = null;
        }
    }

    /** The test database, or the one -Dboxoffice.db.url names (user and password postgres) for the long-run programs. */
    public static DataSource dataSource() {
        String url = System.getProperty("boxoffice.db.url");
        if (postgres == null && url != null) {
            PGSimpleDataSource external = new PGSimpleDataSource();
            external.setUrl(url);
            external.setUser(System.getProperty("boxoffice.db.user", "postgres"));
            external.setPassword(System.getProperty("boxoffice.db.password", "postgres"));
            return external;
        }
        if (postgres == null) {
            throw new IllegalStateException("Embedded PostgreSQL is not running (is test.pg.port set?)");
        }
        return postgres.getPostgresDatabase();
    }
}
