package dev.boxoffice.admin;

import static dev.boxoffice.testsupport.User.ADMIN;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.boxoffice.testsupport.Api;
import dev.boxoffice.testsupport.Reply;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** Administration calls the scenarios are made of, all as the demo admin. */
class AdminSteps {

    final Api api;

    AdminSteps(Api api) {
        this.api = api;
    }

    long venue() {
        Reply reply = api.post("api/admin/venues", Json.createObjectBuilder()
                .add("name", "Venue " + UUID.randomUUID()).build().toString(), ADMIN);
        assertEquals(201, reply.status(), reply.toString());
        return reply.json().getJsonNumber("id").longValue();
    }

    long hall(long venueId, String name) {
        Reply reply = api.post("api/admin/venues/" + venueId + "/halls",
                Json.createObjectBuilder().add("name", name).build().toString(), ADMIN);
        assertEquals(201, reply.status(), reply.toString());
        return reply.json().getJsonNumber("id").longValue();
    }

    Reply layout(long hallId, JsonObject spec) {
        return api.send(api.request("api/admin/halls/" + hallId + "/layout", ADMIN)
                .header("Content-Type", "application/json")
                .PUT(java.net.http.HttpRequest.BodyPublishers.ofString(spec.toString())));
    }

    static JsonObject rectangle(int rows, int seatsPerRow) {
        return Json.createObjectBuilder().add("rows", rows).add("seats_per_row", seatsPerRow).build();
    }

    Reply show(long hallId, String title, Instant startsAt, Map<String, Long> prices) {
        JsonObjectBuilder priceJson = Json.createObjectBuilder();
        prices.forEach(priceJson::add);
        return api.post("api/admin/shows", Json.createObjectBuilder()
                .add("hall_id", hallId).add("title", title)
                .add("starts_at", startsAt.toString()).add("ends_at", startsAt.plusSeconds(7200).toString())
                .add("prices_cents", priceJson).build().toString(), ADMIN);
    }

    long showOk(long hallId, String title, Instant startsAt, Map<String, Long> prices) {
        Reply reply = show(hallId, title, startsAt, prices);
        assertEquals(201, reply.status(), reply.toString());
        return reply.json().getJsonNumber("id").longValue();
    }
}
