package dev.boxoffice.fault;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Client threads that hold a random seat of one show, then book or release the hold, and read
 * another show, as fast as the app answers. Every answer is recorded. After an error answer a
 * thread pauses briefly (as a client honouring Retry-After would) so the outage is not a busy loop.
 */
final class ShowLoad implements AutoCloseable {

    static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(20);
    private static final String[][] USERS = {{"user1", "user1-pass"}, {"user2", "user2-pass"}};

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
    private final URI base;
    private final Queue<Answer> answers = new ConcurrentLinkedQueue<>();
    private final List<Thread> threads = new ArrayList<>();
    private volatile boolean running = true;

    ShowLoad(URI base) {
        this.base = base;
    }

    void start(int clients, long loadShowId, List<Long> seatIds, long readShowId) {
        for (int i = 0; i < clients; i++) {
            String[] user = USERS[i % USERS.length];
            Thread thread = new Thread(() -> loop(auth(user), loadShowId, seatIds, readShowId), "load-" + i);
            thread.setDaemon(true);
            thread.start();
            threads.add(thread);
        }
    }

    List<Answer> answers() {
        return List.copyOf(answers);
    }

    private void loop(String auth, long showId, List<Long> seatIds, long readShowId) {
        while (running) {
            long seat = seatIds.get(ThreadLocalRandom.current().nextInt(seatIds.size()));
            Answer hold = send("hold", post("api/shows/" + showId + "/holds", "{\"seat_ids\":[" + seat + "]}", auth));
            if (hold.status() == 201) {
                long holdId = json(hold.body()).getJsonNumber("id").longValue();
                if (ThreadLocalRandom.current().nextInt(4) == 0) {
                    send("book", post("api/bookings", "{\"hold_id\":" + holdId + "}", auth));
                } else {
                    send("release", request("api/holds/" + holdId).header("Authorization", auth).DELETE());
                }
            }
            send("read", request("api/shows/" + readShowId));
        }
    }

    Answer send(String what, HttpRequest.Builder request) {
        long started = System.nanoTime();
        Answer answer;
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            answer = new Answer(what, started, System.nanoTime(), response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(null),
                    response.headers().firstValue("Retry-After").orElse(null), response.body());
        } catch (IOException e) {
            answer = new Answer(what, started, System.nanoTime(), -1, null, null, e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
            return new Answer(what, started, System.nanoTime(), -1, null, null, "interrupted");
        }
        answers.add(answer);
        if (answer.isError()) {
            pause(100);
        }
        return answer;
    }

    HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(base.resolve(path)).timeout(REQUEST_TIMEOUT);
    }

    HttpRequest.Builder post(String path, String json, String auth) {
        return request(path).header("Authorization", auth).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
    }

    static String auth(String[] user) {
        return "Basic " + Base64.getEncoder().encodeToString((user[0] + ":" + user[1]).getBytes(StandardCharsets.UTF_8));
    }

    static JsonObject json(String body) {
        try (var reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        running = false;
        for (Thread thread : threads) {
            try {
                thread.join(REQUEST_TIMEOUT.toMillis() + 1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
