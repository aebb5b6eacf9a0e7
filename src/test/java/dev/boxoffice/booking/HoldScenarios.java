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
            lockSeatRow(other, show.showId(), seat);
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
     * A refusal names exactly the taken seats; odd bodies get their 4xx problem; a hold of free
     * seats then joins the caller's open hold; releases are the owner's only and idempotent.
     */
    public void takenSeatsAreNamedAndReleasesBelongToTheirOwner() {
        ShowFixture show = TestData.show("Refusals", 1, 6);
        List<Long> s = show.seatIds();
        User first = TestData.user("quick");
        long firstHold = holdOk(first, show.showId(), List.of(s.get(0), s.get(1)));
        User late = TestData.user("slow");
        String path = "api/shows/" + show.showId() + "/holds";

        Reply refused = api.post(path, "{\"seat_ids\": [" + s.get(1) + ", " + s.get(2) + "]}", late);
        assertProblem(refused, 409);
        assertEquals(List.of(s.get(1)), refused.json().getJsonArray("seat_ids").getValuesAs(
                v -> ((jakarta.json.JsonNumber) v).longValue()));
        String taken = String.valueOf(s.get(1));
        for (String odd : List.of("{\"seat_ids\": [" + taken + "], \"count\": 1}", "{\"seat_ids\": [" + taken + ".0]}",
                "{\"seat_ids\": [" + taken + "]} x", "{\"seat_ids\": [\"" + taken + "\"]}", "{\"seat_ids\": [" + taken + ", " + taken + "]}",
                "{\"seat_ids\": []}", "{\"seat_ids\": [999999999]}")) {
            Reply reply = api.post(path, odd, late);
            assertTrue(reply.status() >= 400 && reply.status() < 500, odd + " -> " + reply);
            assertEquals("application/problem+json", reply.contentType(), odd);
        }

        Reply held = api.post(path, "{\"seat_ids\": [" + s.get(2) + ", " + s.get(3) + "]}", late);
        assertEquals(201, held.status(), held.toString());
        long lateHold = held.json().getJsonNumber("id").longValue();
        assertTrue(held.header("Location").endsWith("/api/holds/" + lateHold), held.header("Location"));
        assertEquals(api.get("api/holds/" + lateHold, late).body(), held.body(), "the document GET gives");
        assertEquals(3, api.post(path, "{\"seat_ids\": [" + s.get(4) + "]}", late).json()
                .getJsonArray("seat_ids").size(), "joined the open hold");

        assertProblem(api.delete("api/holds/" + lateHold, first), 404);
        assertEquals("held", status(show.showId(), s.get(2), late), "another user's hold is untouched");
        assertProblem(api.delete("api/holds/" + lateHold, null), 401);
        Reply released = api.delete("api/holds/" + firstHold, first);
        assertEquals(204, released.status(), released.toString());
        assertEquals("", released.body());
        assertEquals("available", status(show.showId(), s.get(0), first));
        assertEquals(204, api.delete("api/holds/" + firstHold, first).status(), "releasing an ended hold changes nothing");
    }

    /**
     * A free seat whose row another transaction keeps locked is not waited for forever: the
     * hold gives up after the lock timeout (3 s, PostgreSQL's lock_timeout on the app's
     * connections) with a retryable 409 busy, and changes nothing.
     */
    public void holdOfALockedSeatGivesUpAfterTheLockTimeout() throws Exception {
        ShowFixture show = TestData.show("Locked row", 1, 4);
        long seat = show.seatIds().get(0);
        try (Connection other = TestData.connection()) {
            lockSeatRow(other, show.showId(), seat);
            long started = System.nanoTime();
            Reply busy = hold(TestData.user("patient"), show.showId(), List.of(seat));
            long millis = (System.nanoTime() - started) / 1_000_000;
            assertProblem(busy, 409);
            assertTrue(busy.json().getString("type").endsWith("/busy"), busy.toString());
            assertEquals("1", busy.header("Retry-After"));
            assertTrue(millis >= 2_500 && millis < 8_000, "gave up after the lock timeout: " + millis + " ms");
            other.rollback();
        }
        assertEquals("AVAILABLE", TestData.text("SELECT status FROM show_seat WHERE show_id = ? AND seat_id = ?",
                show.showId(), seat), "nothing changed");
    }

    /** Locks the seat's inventory row in a transaction of the test's own, until it ends. */
    private static void lockSeatRow(Connection connection, long showId, long seatId) throws Exception {
        connection.setAutoCommit(false);
        try (PreparedStatement lock = connection.prepareStatement(
                "SELECT id FROM show_seat WHERE show_id = ? AND seat_id = ? FOR UPDATE")) {
            lock.setLong(1, showId);
            lock.setLong(2, seatId);
            lock.executeQuery().close();
        }
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
