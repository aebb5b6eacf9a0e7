package dev.boxoffice.fault;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import javax.sql.DataSource;

/**
 * An embedded PostgreSQL (zonky) with a fixed data directory and port, so it can be stopped
 * (pg_ctl stop -m fast, which is what closing zonky does) and started again on the same data,
 * as a real database restart looks to the application.
 */
final class RestartablePostgres implements AutoCloseable {

    private final Path dataDirectory;
    private final int port;
    private EmbeddedPostgres running;

    private RestartablePostgres(Path dataDirectory, int port) {
        this.dataDirectory = dataDirectory;
        this.port = port;
    }

    /** A fresh database: whatever a previous run left in the directory is deleted first. */
    static RestartablePostgres fresh(Path dataDirectory, int port) {
        deleteRecursively(dataDirectory);
        RestartablePostgres postgres = new RestartablePostgres(dataDirectory, port);
        postgres.start();
        return postgres;
    }

    String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + port + "/postgres";
    }

    DataSource dataSource() {
        return running.getPostgresDatabase();
    }

    void start() {
        try {
            running = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(false)
                    .setPort(port)
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start PostgreSQL on port " + port, e);
        }
    }

    void stop() {
        try {
            running.close();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not stop PostgreSQL", e);
        }
    }

    @Override
    public void close() {
        stop();
    }

    private static void deleteRecursively(Path directory) {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
