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

/**
 * Another Payara Micro running the same war against the same database (DB_URL comes from the
 * environment failsafe gives this JVM), to show that changes made on one instance reach the
 * clients of the other.
 */
public final class SecondInstance implements AutoCloseable {

    private final Process process;
    private final Api api;

    private SecondInstance(Process process, Api api) {
        this.process = process;
        this.api = api;
    }

    public static SecondInstance start() {
        int port = freePort();
        Path log = Path.of("target", "second-instance.log");
        try {
            String java = ProcessHandle.current().info().command().orElse("java");
            Process process = new ProcessBuilder(List.of(java, "-Xmx512m", "-Djava.io.tmpdir=target",
                    "-jar", System.getProperty("payara.microJar"),
                    "--deploy", "target/boxoffice.war", "--contextroot", "/", "--port", String.valueOf(port),
                    "--nocluster", "--nohazelcast"))
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
            SecondInstance instance = new SecondInstance(process, new Api(new URL("http://localhost:" + port + "/")));
            instance.awaitReady(Duration.ofSeconds(120));
            return instance;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Api api() {
        return api;
    }

    private void awaitReady(Duration timeout) {
        HttpClient http = HttpClient.newHttpClient();
        Instant deadline = Instant.now().plus(timeout);
        URI ready = api.base().resolve("health/ready");
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Second instance died; see target/second-instance.log");
            }
            try {
                if (http.send(HttpRequest.newBuilder(ready).build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200
                        && api.get("api/shows", null).status() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            sleep(500);
        }
        close();
        throw new IllegalStateException("Second instance not ready within " + timeout);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
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
