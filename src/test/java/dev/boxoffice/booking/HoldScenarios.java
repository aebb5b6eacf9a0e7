package dev.boxoffice.booking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.boxoffice.testsupport.Api;
import dev.boxoffice.testsupport.Reply;
import dev.boxoffice.testsupport.TestData;
import dev.boxoffice.testsupport.TestData.ShowFixture;
import dev.boxoffice.testsupport.User;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

public class HoldScenarios extends BookingSteps {

    public HoldScenarios(Api api) {
        super(api);
    }

    public void multiSeatHoldIsAllOrNothing() {
        ShowFixture show = TestData.show("All or nothing", 1, 10);
        List<Long> s = show.seatIds();
        User first = TestData.user("first");
        User second = TestData.user("second");
        holdOk(first, show.showId(), List.of(s.get(3), s.get(4)));

        Reply refused = hold(second, show.showId(), List.of(s.get(2), s.get(3), s.get(5)));
        assertProblem(refused, 409);
        assertEquals(List.of(s.get(3)), refused.json().getJsonArray("seat_ids").getValuesAs(
                v -> ((jakarta.json.JsonNumber) v).longValue()));
        assertEquals("available", status(show.showId(), s.get(2), second), "nothing of a refused hold is kept");
        assertEquals("available", status(show.showId(), s.get(5), second));
        assertEquals(0, TestData.scalar("SELECT count(*) FROM hold h JOIN account a ON a.id = h.account_id WHERE a.username = ?",
                second.name()), "a refused hold leaves no row behind");

        holdOk(second, show.showId(), List.of(s.get(2), s.get(5)));
    }

    public void holdAnswersCreatedWithLocationAndFixedExpiry() {
        ShowFixture show = TestData.show("Hold resource", 1, 5);
        User user = TestData.user("holder");
        Reply created = hold(user, show.showId(), List.of(show.seatIds().get(0)));
        assertEquals(201, created.status(), created.toString());
        String location = created.header("Location");
        assertTrue(location.endsWith("/api/holds/" + created.json().getJsonNumber("id")), location);
        JsonObject hold = api.get(location.substring(location.indexOf("api/")), user).json();
        assertEquals("active", hold.getString("status"));
        Instant createdAt = Instant.parse(hold.getString("created_at"));
        Instant expiresAt = Instant.parse(hold.getString("expires_at"));
        assertEquals(Duration.ofSeconds(300), Duration.between(createdAt, expiresAt), "default TTL is 300 s");

        Reply joined = hold(user, show.showId(), List.of(show.seatIds().get(1)));
        assertEquals(201, joined.status(), joined.toString());
        assertEquals(hold.getJsonNumber("id"), joined.json().getJsonNumber("id"), "new seats join the open hold");
        assertEquals(expiresAt, Instant.parse(joined.json().getString("expires_at")), "the expiry never moves");
        assertEquals(2, joined.json().getJsonArray("seat_ids").size());
    }

    public void seatInOwnLiveHoldIsUnavailable() {
        ShowFixture show = TestData.show("Own hold", 1, 5);
        User user = TestData.user("own");
        holdOk(user, show.showId(), List.of(show.seatIds().get(0)));
        assertProblem(hold(user, show.showId(), List.of(show.seatIds().get(0))), 409);
    }

    /**
     * A seat that is plainly taken is turned down at once, even while another transaction has
     * its row locked (where a locking check would wait up to the lock timeout); a show that is
     * not on sale still says so first, taken seats or not.
     */
    public void plainlyTakenSeatIsRefusedWithoutWaitingForItsLock() throws Exception {
        ShowFixture show = TestData.show("Hot seat", 1, 4);
        long seat = show.seatIds().get(0);
        holdOk(TestData.user("first"), show.showId(), List.of(seat));
        User late = TestData.user("late");
        try (Connection other = TestData.connection()) {
            other.setAutoCommit(false);
            try (PreparedStatement lock = other.prepareStatement(
                    "SELECT id FROM show_seat WHERE show_id = ? AND seat_id = ? FOR UPDATE")) {
                lock.setLong(1, show.showId());
                lock.setLong(2, seat);
                lock.executeQuery().close();
            }
            long started = System.nanoTime();
            Reply refused = hold(late, show.showId(), List.of(seat, show.seatIds().get(1)));
            long millis = (System.nanoTime() - started) / 1_000_000;
            assertProblem(refused, 409);
            assertEquals(List.of(seat), refused.json().getJsonArray("seat_ids").getValuesAs(JsonNumber.class)
                    .stream().map(JsonNumber::longValue).toList(), refused.toString());
            assertTrue(millis < 1500, "answered without waiting for the row lock: " + millis + " ms");
            other.rollback();
        }
        assertEquals("AVAILABLE", TestData.text("SELECT status FROM show_seat WHERE show_id = ? AND seat_id = ?",
                show.showId(), show.seatIds().get(1)), "nothing changed");

        TestData.update("UPDATE show SET starts_at = now() - interval '1 minute', ends_at = now() + interval '1 hour' WHERE id = ?",
                show.showId());
        Reply closed = hold(late, show.showId(), List.of(seat));
        assertProblem(closed, 409);
        assertTrue(closed.json().getString("type").endsWith("sales-closed"), "why, before which seats: " + closed);
    }

    /**
     * A refusal of plainly taken seats is answered before JAX-RS ({@code HoldFastPath})
     * exactly as the resource answers it (a q-value in Accept takes the resource's way); any
     * body the fast path does not take as plain reaches the resource with its body intact (a key
     * given twice too: the resource reads the last one).
     */
    public void refusalsOfTakenSeatsAnswerLikeTheResource() {
        ShowFixture show = TestData.show("Fast refusal", 1, 6);
        List<Long> s = show.seatIds();
        holdOk(TestData.user("quick"), show.showId(), List.of(s.get(0), s.get(1)));
        User late = TestData.user("slow");
        String path = "api/shows/" + show.showId() + "/holds";
        String body = "{\"seat_ids\": [" + s.get(1) + ", " + s.get(2) + "]}";

        Reply fast = api.post(path, body, late);
        Reply resource = api.post(path, body, late, Map.of("Accept", "application/json;q=1.0"));
        assertProblem(fast, 409);
        assertEquals(resource.status(), fast.status());
        assertEquals(resource.contentType(), fast.contentType());
        assertEquals(resource.body(), fast.body());
        assertEquals(List.of(s.get(1)), fast.json().getJsonArray("seat_ids").getValuesAs(
                v -> ((jakarta.json.JsonNumber) v).longValue()));

        Reply twice = api.post(path, "{\"seat_ids\": [" + s.get(1) + "], \"seat_ids\": [" + s.get(4) + "]}", late);
        assertEquals(201, twice.status(), "a key given twice is the resource's to read (the last one counts): " + twice);
        assertEquals(List.of(s.get(4)), twice.json().getJsonArray("seat_ids").getValuesAs(
                v -> ((jakarta.json.JsonNumber) v).longValue()));
        String taken = String.valueOf(s.get(1));
        for (String odd : List.of("{\"seat_ids\": [" + taken + "], \"count\": 1}", "{\"seat_ids\": [" + taken + ".0]}",
                "{\"seat_ids\": [" + taken + "]} x", "{\"seat_ids\": [\"" + taken + "\"]}", "{\"seat_ids\": [" + taken + ", " + taken + "]}")) {
            Reply either = api.post(path, odd, late);
            Reply theResource = api.post(path, odd, late, Map.of("Accept", "application/json;q=1.0"));
            assertTrue(either.status() >= 400 && either.status() < 500, odd + " -> " + either);
            assertEquals(theResource.status(), either.status(), odd + " -> " + either);
            assertEquals(theResource.body(), either.body(), odd);
        }

        Reply free = api.post(path, "{\"seat_ids\": [" + s.get(2) + ", " + s.get(3) + "]}", late);
        assertEquals(201, free.status(), "held by the fast path: " + free);
        assertEquals(3, free.json().getJsonArray("seat_ids").size(), "joined the open hold: " + free);
        assertEquals("held", status(show.showId(), s.get(3), late));
    }

    /**
     * Plain holds and releases are answered before JAX-RS ({@code HoldFastPath},
     * {@code ReleaseFastPath}) exactly as the resources answer them: a q-value in Accept takes the
     * resources' way, so each answer can be compared with its twin.
     */
    public void holdsAndReleasesAnswerLikeTheResources() {
        ShowFixture show = TestData.show("Fast holds", 1, 6);
        List<Long> s = show.seatIds();
        User fastUser = TestData.user("fast");
        User slowUser = TestData.user("slow");
        String path = "api/shows/" + show.showId() + "/holds";
        Map<String, String> resourceWay = Map.of("Accept", "application/json;q=1.0");

        Reply fast = api.post(path, "{\"seat_ids\": [" + s.get(0) + ", " + s.get(1) + "]}", fastUser);
        Reply resource = api.post(path, "{\"seat_ids\": [" + s.get(2) + ", " + s.get(3) + "]}", slowUser, resourceWay);
        assertEquals(201, fast.status(), fast.toString());
        assertEquals(201, resource.status(), resource.toString());
        assertEquals(resource.contentType(), fast.contentType());
        assertEquals(resource.header("Location").replaceAll("[0-9]+$", ""), fast.header("Location").replaceAll("[0-9]+$", ""));
        assertEquals(resource.json().keySet(), fast.json().keySet());
        long fastHold = fast.json().getJsonNumber("id").longValue();
        long resourceHold = resource.json().getJsonNumber("id").longValue();
        assertTrue(fast.header("Location").endsWith("/api/holds/" + fastHold), fast.header("Location"));
        assertEquals(List.of(s.get(0), s.get(1)), fast.json().getJsonArray("seat_ids").getValuesAs(JsonNumber.class)
                .stream().map(JsonNumber::longValue).toList());
        assertEquals(api.get("api/holds/" + fastHold, fastUser).body().replace(String.valueOf(fastHold), "ID"),
                fast.body().replace(String.valueOf(fastHold), "ID"), "the document GET gives");

        for (String odd : List.of("[]", "[" + s.get(4) + ", " + s.get(4) + "]", "[999999999]")) {
            Reply either = api.post(path, "{\"seat_ids\": " + odd + "}", slowUser);
            Reply theResource = api.post(path, "{\"seat_ids\": " + odd + "}", slowUser, resourceWay);
            assertTrue(either.status() >= 400 && either.status() < 500, odd + " -> " + either);
            assertEquals(theResource.status(), either.status(), odd + " -> " + either);
            assertEquals(theResource.body(), either.body(), odd);
        }

        String otherUsers = "api/holds/" + resourceHold;
        Reply notYours = api.delete(otherUsers, fastUser);
        assertProblem(notYours, 404);
        assertEquals(api.send(api.request(otherUsers, fastUser).header("Accept", "application/json;q=1.0").DELETE()).body(),
                notYours.body());
        assertEquals("held", status(show.showId(), s.get(2), slowUser), "another user's hold is untouched");

        Reply released = api.delete("api/holds/" + fastHold, fastUser);
        assertEquals(204, released.status(), released.toString());
        assertEquals("", released.body());
        assertEquals("available", status(show.showId(), s.get(0), fastUser));
        assertEquals(204, api.delete("api/holds/" + fastHold, fastUser).status(), "releasing an ended hold changes nothing");
        Reply anonymous = api.delete("api/holds/" + resourceHold, null);
        assertProblem(anonymous, 401);
        Reply resourceReleased = api.send(api.request("api/holds/" + resourceHold, slowUser)
                .header("Accept", "application/json;q=1.0").DELETE());
        assertEquals(204, resourceReleased.status(), resourceReleased.toString());
        assertEquals("available", status(show.showId(), s.get(2), slowUser));
    }

    public void perUserCapLimitsLiveHeldSeatsPerShow() {
        ShowFixture show = TestData.show("Cap", 2, 10);
        User user = TestData.user("greedy");
        holdOk(user, show.showId(), show.seatIds().subList(0, 6));
        holdOk(user, show.showId(), show.seatIds().subList(6, 10));
        Reply refused = hold(user, show.showId(), List.of(show.seatIds().get(10)));
        assertProblem(refused, 409);
        assertTrue(refused.json().getString("type").endsWith("hold-limit-exceeded"), refused.toString());
        assertEquals("available", status(show.showId(), show.seatIds().get(10), user));
    }
}
