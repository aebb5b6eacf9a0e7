package dev.boxoffice.fault;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;

/** One SSE client of /api/shows/{id}/events, kept open across the whole fault run. */
final class SeatEventStream implements AutoCloseable {

    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    private final HttpResponse<Stream<String>> response;
    private volatile boolean ended;

    private SeatEventStream(HttpResponse<Stream<String>> response) {
        this.response = response;
        Thread reader = new Thread(() -> {
            try {
                response.body().forEach(lines::add);
            } catch (RuntimeException closed) {
                // the stream was closed by us or by the server; ended tells which
            } finally {
                ended = true;
            }
        }, "sse-reader");
        reader.setDaemon(true);
        reader.start();
    }

    static SeatEventStream open(URI base, long showId) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(base.resolve("api/shows/" + showId + "/events"))
                .header("Accept", "text/event-stream").GET().build();
        HttpResponse<Stream<String>> response = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
                .sendAsync(request, HttpResponse.BodyHandlers.ofLines()).get(10, TimeUnit.SECONDS);
        if (response.statusCode() != 200) {
            throw new IllegalStateException("SSE stream answered " + response.statusCode());
        }
        return new SeatEventStream(response);
    }

    /** Waits for the first line matching, skipping others; false if none came in time. */
    boolean await(Predicate<String> line, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            String next = lines.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
            if (next != null && line.test(next)) {
                return true;
            }
        }
        return false;
    }

    boolean ended() {
        return ended;
    }

    @Override
    public void close() {
        response.body().close();
    }
}
