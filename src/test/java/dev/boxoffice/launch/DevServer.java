package dev.boxoffice.launch;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The run command ({@code mvn -Prun package}): starts an embedded PostgreSQL whose data is kept
 * in ~/.boxoffice/pgdata (unless DB_URL points at a real one), then Payara Micro with the war at
 * http://localhost:8080/ and demo data on, and prints the URL once the app answers.
 * INSTANCES=n starts n instances on one database, on PORT, PORT+1, …; BOXOFFICE_PGDATA and
 * BOXOFFICE_PG_PORT move the embedded database (the benchmark scripts use both).
 */
public final class DevServer {


    private DevServer() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> env = new java.util.HashMap<>(System.getenv());
        EmbeddedPostgres postgres = null;
        if (env.get("DB_URL") == null || env.get("DB_URL").isBlank()) {
            int pgPort = Integer.parseInt(env.getOrDefault("BOXOFFICE_PG_PORT", "54329"));
            postgres = startEmbeddedPostgres(env.get("BOXOFFICE_PGDATA"), pgPort);
            env.put("DB_URL", "jdbc:postgresql://localhost:" + pgPort + "/postgres");
            env.put("DB_USER", "postgres");
            env.put("DB_PASSWORD", "postgres");
        }
        env.putIfAbsent("BOXOFFICE_DEMO", "true");
        int port = Integer.parseInt(env.getOrDefault("PORT", "8080"));
        int instances = Integer.parseInt(env.getOrDefault("INSTANCES", "1"));

        List<Process> payaras = new CopyOnWriteArrayList<>();
        EmbeddedPostgres database = postgres;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(payaras, database)));
        // one after the other: the first one migrates the schema and loads the demo data alone
        for (int i = 0; i < instances; i++) {
            requireFree(port + i);
        }
        for (int i = 0; i < instances; i++) {
            Process payara = startPayara(env, String.valueOf(port + i));
            payaras.add(payara);
            URI ready = URI.create("http://localhost:" + (port + i) + "/health/ready");
            if (!awaitReady(payara, ready, Duration.ofMinutes(3))) {
                System.err.println("Box Office did not become ready on port " + (port + i) + "; see the log above.");
                stop(payaras, database);
                System.exit(1);
            }
        }
        System.out.println();
        for (int i = 0; i < instances; i++) {
            System.out.println("Box Office is running at http://localhost:" + (port + i) + "/  (Ctrl+C stops it)");
        }
        System.out.println();
        int exit = payaras.get(0).waitFor();
        stop(payaras, database);
        System.exit(exit);
    }

    private static EmbeddedPostgres startEmbeddedPostgres(String dataDirectory, int port) throws IOException {
        Path data = dataDirectory == null || dataDirectory.isBlank()
                ? Path.of(System.getProperty("user.home"), ".boxoffice", "pgdata")
                : Path.of(dataDirectory).toAbsolutePath();
        Files.createDirectories(data.getParent());
        System.out.println("Starting embedded PostgreSQL, data in " + data);
        return EmbeddedPostgres.builder()
                .setDataDirectory(data)
                .setCleanDataDirectory(false)
                .setPort(port)
                // zonky's defaults trade durability for speed; a confirmed booking must survive a crash
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("full_page_writes", "on")
                .start();
    }

    private static Process startPayara(Map<String, String> env, String port) throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java, "-Xmx1g",
                "-jar", System.getProperty("payara.microJar", "target/payara-micro.jar"),
                "--deploy", System.getProperty("boxoffice.war", "target/boxoffice.war"),
                "--contextroot", "/", "--port", port, "--nocluster",
                "--prebootcommandfile", "src/main/payara/pre-boot.asadmin"));
        ProcessBuilder builder = new ProcessBuilder(command).inheritIO();
        builder.environment().clear();
        builder.environment().putAll(env);
        return builder.start();
    }

    /** A server already on the port would answer the readiness probe in place of ours. */
    private static void requireFree(int port) {
        try (java.net.ServerSocket probe = new java.net.ServerSocket(port)) {
            probe.setReuseAddress(true);
        } catch (IOException inUse) {
            System.err.println("Port " + port + " is in use: stop what runs there or set PORT.");
            System.exit(1);
        }
    }

    private static boolean awaitReady(Process payara, URI ready, Duration timeout) throws InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        Instant deadline = Instant.now().plus(timeout);
        while (payara.isAlive() && Instant.now().isBefore(deadline)) {
            try {
                HttpResponse<Void> response = http.send(HttpRequest.newBuilder(ready).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return true;
                }
            } catch (IOException notYet) {
                // Payara is still starting
            }
            Thread.sleep(500);
        }
        return false;
    }

    private static void stop(List<Process> payaras, EmbeddedPostgres postgres) {
        payaras.forEach(Process::destroy);
        try {
            for (Process payara : payaras) {
                payara.waitFor();
            }
            if (postgres != null) {
                postgres.close();
            }
        } catch (InterruptedException | IOException ignored) {
            Thread.currentThread().interrupt();
        }
    }
}
