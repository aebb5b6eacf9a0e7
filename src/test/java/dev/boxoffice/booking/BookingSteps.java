package dev.boxoffice.booking;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.boxoffice.testsupport.Api;
import dev.boxoffice.testsupport.Reply;
import dev.boxoffice.testsupport.User;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.Map;

/** The API calls the booking scenarios are made of. */
class BookingSteps {

    final Api api;

    BookingSteps(Api api) {
        this.api = api;
    }

    Reply hold(User user, long showId, List<Long> seatIds) {
        JsonArrayBuilder ids = Json.createArrayBuilder();
        seatIds.forEach(ids::add);
        return api.post("api/shows/" + showId + "/holds",
                Json.createObjectBuilder().add("seat_ids", ids).build().toString(), user);
    }

    long holdOk(User user, long showId, List<Long> seatIds) {
        Reply reply = hold(user, showId, seatIds);
        assertEquals(201, reply.status(), reply.toString());
        return reply.json().getJsonNumber("id").longValue();
    }

    Reply book(User user, long holdId) {
        return book(user, holdId, null);
    }

    Reply book(User user, long holdId, String idempotencyKey) {
        String body = Json.createObjectBuilder().add("hold_id", holdId).build().toString();
        return idempotencyKey == null ? api.post("api/bookings", body, user)
                : api.post("api/bookings", body, user, Map.of("Idempotency-Key", idempotencyKey));
    }

    String bookOk(User user, long holdId) {
        Reply reply = book(user, holdId);
        assertEquals(201, reply.status(), reply.toString());
        return reply.json().getString("reference");
    }

    String status(long showId, long seatId, User viewer) {
        return seat(showId, seatId, viewer).getString("status");
    }

    JsonObject seat(long showId, long seatId, User viewer) {
        Reply reply = api.get("api/shows/" + showId + "/seats", viewer);
        assertEquals(200, reply.status(), reply.toString());
        return reply.json().getJsonArray("seats").stream().map(JsonValue::asJsonObject)
                .filter(s -> s.getJsonNumber("id").longValue() == seatId)
                .findFirst().orElseThrow();
    }

    static void assertProblem(Reply reply, int status) {
        assertEquals(status, reply.status(), reply.toString());
        assertEquals("application/problem+json", reply.contentType(), reply.toString());
        JsonObject problem = reply.json();
        assertEquals(status, problem.getInt("status"));
        problem.getString("type");
        problem.getString("title");
        problem.getString("detail");
    }
}
