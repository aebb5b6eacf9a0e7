package dev.boxoffice.booking;

import static dev.boxoffice.testsupport.User.USER1;
import static dev.boxoffice.testsupport.User.USER2;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.boxoffice.testsupport.Api;
import dev.boxoffice.testsupport.Reply;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

/** The seed system's demo, through its own endpoints. */
public class SeedDemoScenarios {

    private final Api api;

    public SeedDemoScenarios(Api api) {
        this.api = api;
    }

    public void secondUserSeesSeatHeldByFirstAndIsRefused() {
        long showId = api.get("api/shows", null).array().stream()
                .map(JsonValue::asJsonObject)
                .filter(show -> show.getString("title").equals("Release Night"))
                .findFirst().orElseThrow().getJsonNumber("id").longValue();
        JsonObject layout = api.get("api/hall-layout/" + showId + "/", null).json();
        assertEquals("Hall 1", layout.getString("hall_name"));
        assertEquals("Metro Cineplex", layout.getString("venue_name"));
        assertEquals(40, layout.getJsonArray("seats").size());
        assertEquals(layout, api.get("api/hall-layout/" + showId, null).json(), "with or without the trailing slash");
        JsonObject seat = layout.getJsonArray("seats").getJsonObject(12);
        long seatId = seat.getJsonNumber("id").longValue();
        assertEquals("available", seat.getString("status"));

        long user1Id = api.get("api/me", USER1).json().getJsonNumber("id").longValue();
        Reply held = api.post("api/hold-seat/", body(showId, seatId), USER1);
        assertEquals(200, held.status(), held.toString());
        assertEquals("Seat held.", held.json().getString("detail"));

        JsonObject seenByUser2 = seatOf(api.get("api/hall-layout/" + showId + "/", USER2).json(), seatId);
        assertEquals("held", seenByUser2.getString("status"));
        assertTrue(seenByUser2.isNull("locked_by"), "who holds a seat is never revealed");
        assertFalse(seenByUser2.getBoolean("mine"));
        JsonObject seenByUser1 = seatOf(api.get("api/hall-layout/" + showId + "/", USER1).json(), seatId);
        assertEquals(user1Id, seenByUser1.getJsonNumber("locked_by").longValue());
        assertTrue(seenByUser1.getBoolean("mine"));

        Reply refused = api.post("api/hold-seat/", body(showId, seatId), USER2);
        assertEquals(409, refused.status(), refused.toString());
        assertEquals("application/problem+json", refused.contentType());
        assertEquals(seatId, refused.json().getJsonArray("seat_ids").getJsonNumber(0).longValue());
        Reply bookRefused = api.post("api/book-seat/", body(showId, seatId), USER2);
        assertEquals(409, bookRefused.status(), bookRefused.toString());

        Reply again = api.post("api/hold-seat/", body(showId, seatId), USER1);
        assertEquals(200, again.status(), "holding a seat you already hold is a no-op");
        assertEquals(held.json().getString("expires_at"), again.json().getString("expires_at"));

        Reply booked = api.post("api/book-seat/", body(showId, seatId), USER1);
        assertEquals(201, booked.status(), booked.toString());
        assertEquals("Booking confirmed.", booked.json().getString("detail"));
        assertEquals("booked", seatOf(api.get("api/hall-layout/" + showId + "/", USER2).json(), seatId).getString("status"));
    }

    static String body(long showId, long seatId) {
        return Json.createObjectBuilder().add("show_id", showId).add("seat_id", seatId).build().toString();
    }

    static JsonObject seatOf(JsonObject layout, long seatId) {
        return layout.getJsonArray("seats").stream().map(JsonValue::asJsonObject)
                .filter(s -> s.getJsonNumber("id").longValue() == seatId)
                .findFirst().orElseThrow();
    }
}
