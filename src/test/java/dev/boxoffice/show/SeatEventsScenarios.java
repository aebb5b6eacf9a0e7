package dev.boxoffice.show;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.boxoffice.testsupport.Api;
import dev.boxoffice.testsupport.TestData;
import dev.boxoffice.testsupport.TestData.ShowFixture;
import dev.boxoffice.testsupport.User;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** GET /api/shows/{id}/events as an SSE client sees it. */
public class SeatEventsScenarios {

    private final Api api;

    public SeatEventsScenarios(Api api) {
        this.api = api;
    }

    public void sseClientReceivesHoldAndReleaseEvents() throws Exception {
        ShowFixture show = TestData.show("Events", 1, 5);
        long seat = show.seatIds().get(2);
        User user = TestData.user("sse");
        BlockingQueue<String> events = new LinkedBlockingQueue<>();
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build(); // as browsers ask
        CompletableFuture<HttpResponse<Stream<String>>> stream = http.sendAsync(
                api.request("api/shows/" + show.showId() + "/events", null).header("Accept", "text/event-stream").GET().build(),
                HttpResponse.BodyHandlers.ofLines());
        HttpResponse<Stream<String>> response = stream.get(10, TimeUnit.SECONDS);
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/event-stream"));
        Thread reader = new Thread(() -> response.body().forEach(events::add));
        reader.setDaemon(true);
        reader.start();
        try {
            awaitLine(events, "event: subscribed");

            var held = api.post("api/shows/" + show.showId() + "/holds",
                    Json.createObjectBuilder().add("seat_ids", Json.createArrayBuilder().add(seat)).build().toString(), user);
            assertEquals(201, held.status(), held.toString());
            JsonObject heldEvent = nextSeatEvent(events);
            assertEquals(seat, heldEvent.getJsonNumber("seat_id").longValue());
            assertEquals(show.showId(), heldEvent.getJsonNumber("show_id").longValue());
            assertEquals("held", heldEvent.getString("status"));
            assertEquals(held.json().getString("expires_at"), heldEvent.getString("locked_until"));

            // the database drops the listeners' connections (one per instance; a second instance may be
            // running for other tests): this one reconnects, says "resync", and events flow again
            assertTrue(TestData.scalar("SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity"
                    + " WHERE application_name = 'boxoffice-seat-change-listener'") >= 1);
            awaitLine(events, "event: resync");
            assertEquals(204, api.delete("api/holds/" + held.json().getJsonNumber("id"), user).status());
            JsonObject releasedEvent = nextSeatEvent(events);
            assertEquals(seat, releasedEvent.getJsonNumber("seat_id").longValue());
            assertEquals("available", releasedEvent.getString("status"));
        } finally {
            response.body().close();
        }
        assertEquals(404, api.get("api/shows/987654321/events", null).status());
    }

    private static JsonObject nextSeatEvent(BlockingQueue<String> events) throws InterruptedException {
        awaitLine(events, "event: seat");
        String data = awaitPrefix(events, "data:");
        return Json.createReader(new StringReader(data.substring(5).trim())).readObject();
    }

    private static void awaitLine(BlockingQueue<String> events, String line) throws InterruptedException {
        String found;
        do {
            found = events.poll(5, TimeUnit.SECONDS);
            assertNotNull(found, "no '" + line + "' within 5 s");
        } while (!found.equals(line));
    }

    private static String awaitPrefix(BlockingQueue<String> events, String prefix) throws InterruptedException {
        String found;
        do {
            found = events.poll(5, TimeUnit.SECONDS);
            assertNotNull(found, "no '" + prefix + "' line within 5 s");
        } while (!found.startsWith(prefix));
        return found;
    }
}
