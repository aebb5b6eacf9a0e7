package dev.boxoffice.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One more Payara Micro running the war: on the test database, to show that changes made on one
 * instance reach the clients of another, or with extra environment (another database, start-up
 * settings) for behaviour that happens only at start-up. Its log is target/{name}.log.
 */
public final class AppInstance implements AutoCloseable {

    private final Process process;
    private final Api api;

    private AppInstance(Process process, Api api) {
        this.process = process;
        this.api = api;
    }

    /** Another instance on the same database as the tests (DB_URL etc. inherited) unless the environment says otherwise. */
    public static AppInstance start(String name, Map<String, String> environment) {
        int port = freePort();
        try {
            String java = ProcessHandle.current().info().command().orElse("java");
            ProcessBuilder builder = new ProcessBuilder(List.of(java, "-Xmx512m", "-Djava.io.tmpdir=target",
                    "-jar", System.getProperty("payara.microJar"),
                    "--deploy", "target/boxoffice.war", "--contextroot", "/", "--port", String.valueOf(port),
                    "--nocluster", "--nohazelcast", "--prebootcommandfile", "src/main/payara/pre-boot.asadmin"))
                    .redirectErrorStream(true)
                    .redirectOutput(Path.of("target", name + ".log").toFile());
            builder.environment().putAll(environment);
            Process process = builder.start();
            // not left running when the test JVM is stopped early
            Runtime.getRuntime().addShutdownHook(new Thread(process::destroy));
            AppInstance instance = new AppInstance(process, new Api(new URL("http://localhost:" + port + "/")));
            instance.awaitReady(name, Duration.ofSeconds(120));
            return instance;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Api api() {
        return api;
    }

    private void awaitReady(String name, Duration timeout) {
        HttpClient http = HttpClient.newHttpClient();
        URI ready = api.base().resolve("health/ready");
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Instance died; see target/" + name + ".log");
            }
            try {
                if (http.send(HttpRequest.newBuilder(ready).build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200
                        && api.get("api/shows", null).status() == 200) {
                    return;
                }
            } catch (IOException | UncheckedIOException notYet) {
                // still starting
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            pause();
        }
        close();
        throw new IllegalStateException("Instance not ready within " + timeout + "; see target/" + name + ".log");
    }

    /** Polling interval while Payara boots (nothing to wait on but its port). */
    private static void pause() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        process.destroy();
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
