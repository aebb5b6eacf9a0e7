package dev.boxoffice.admin;

import static dev.boxoffice.testsupport.User.ADMIN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.boxoffice.testsupport.Api;
import dev.boxoffice.testsupport.Reply;
import dev.boxoffice.testsupport.TestData;
import dev.boxoffice.testsupport.User;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

public class AdminScenarios extends AdminSteps {

    public AdminScenarios(Api api) {
        super(api);
    }

    /**
     * Every /api/admin endpoint answers 401 {@code unauthenticated} to anonymous callers and 403
     * {@code admin-only} to users, before the body is read: a body that would fail validation
     * gets the same refusal, so a non-admin learns nothing from it.
     */
    public void userGetsForbiddenOnEveryAdminEndpoint() {
        User user = TestData.user("nosy");
        String invalid = "{\"name\": 42, \"rows\": \"many\"}";
        List<List<String>> endpoints = List.of(
                List.of("GET", "api/admin/venues"), List.of("POST", "api/admin/venues"),
                List.of("GET", "api/admin/venues/1"), List.of("PATCH", "api/admin/venues/1"),
                List.of("DELETE", "api/admin/venues/1"), List.of("POST", "api/admin/venues/1/halls"),
                List.of("GET", "api/admin/halls/1"), List.of("PATCH", "api/admin/halls/1"), List.of("DELETE", "api/admin/halls/1"),
                List.of("GET", "api/admin/halls/1/layout"), List.of("PUT", "api/admin/halls/1/layout"),
                List.of("POST", "api/admin/halls/1/layout/preview"),
                List.of("GET", "api/admin/accounts"), List.of("PUT", "api/admin/accounts/" + user.name() + "/roles/admin"),
                List.of("DELETE", "api/admin/accounts/admin/roles/admin"),
                List.of("GET", "api/admin/shows"), List.of("POST", "api/admin/shows"), List.of("GET", "api/admin/shows/1"),
                List.of("POST", "api/admin/shows/1/publish"), List.of("PUT", "api/admin/shows/1/prices"),
                List.of("POST", "api/admin/shows/1/cancel"), List.of("GET", "api/admin/shows/1/dashboard"),
                List.of("GET", "api/admin/shows/1/seats/1/history"), List.of("GET", "api/admin/shows/1/bookings.csv"));
        for (List<String> endpoint : endpoints) {
            String method = endpoint.get(0);
            String path = endpoint.get(1);
            Reply forbidden = call(method, path, invalid, user);
            assertEquals(403, forbidden.status(), method + " " + path + ": " + forbidden);
            assertEquals("application/problem+json", forbidden.contentType(), method + " " + path);
            assertEquals("https://boxoffice.dev/problems/admin-only", forbidden.json().getString("type"), method + " " + path);
            Reply anonymous = call(method, path, invalid, null);
            assertEquals(401, anonymous.status(), method + " " + path + " anonymous: " + anonymous);
            assertEquals("https://boxoffice.dev/problems/unauthenticated", anonymous.json().getString("type"), method + " " + path);
            assertEquals("Basic realm=\"boxoffice\"", anonymous.header("WWW-Authenticate"), method + " " + path);
        }
        assertEquals("published", api.get("api/shows/1", null).json().getString("status"), "nothing was cancelled");
        assertEquals(0, TestData.scalar("SELECT count(*) FROM account_role r JOIN account a ON a.id = r.account_id"
                + " WHERE a.username = ? AND r.role = 'admin'", user.name()), "nobody became an administrator");
    }

    private Reply call(String method, String path, String json, User caller) {
        if (method.equals("GET") || method.equals("DELETE")) {
            return api.send(api.request(path, caller).method(method, java.net.http.HttpRequest.BodyPublishers.noBody()));
        }
        return api.send(api.request(path, caller).header("Content-Type", "application/json")
                .method(method, java.net.http.HttpRequest.BodyPublishers.ofString(json)));
    }

    public void venuesAndHallsAreCreatedRenamedAndDeletedOnlyWhenUnused() {
        long venue = venue();
        long hall = hall(venue, "Studio");
        Reply renamed = api.send(api.request("api/admin/halls/" + hall, ADMIN).header("Content-Type", "application/json")
                .method("PATCH", java.net.http.HttpRequest.BodyPublishers.ofString("{\"name\": \"Studio 2\"}")));
        assertEquals(200, renamed.status(), renamed.toString());
        assertEquals("Studio 2", renamed.json().getString("name"));
        assertEquals(409, api.post("api/admin/venues/" + venue + "/halls", "{\"name\": \"studio 2\"}", ADMIN).status(),
                "hall names are unique per venue");
        assertEquals(200, layout(hall, rectangle(2, 3)).status());
        showOk(hall, "Keeps the hall", Instant.now().plus(Duration.ofDays(3)), Map.of("STANDARD", 1000L));
        Reply inUse = api.delete("api/admin/halls/" + hall, ADMIN);
        assertEquals(409, inUse.status(), inUse.toString());
        assertEquals(409, api.delete("api/admin/venues/" + venue, ADMIN).status());

        long emptyVenue = venue();
        long emptyHall = hall(emptyVenue, "Unused");
        assertEquals(200, layout(emptyHall, rectangle(1, 2)).status());
        assertEquals(204, api.delete("api/admin/venues/" + emptyVenue, ADMIN).status());
        assertEquals(404, api.get("api/admin/halls/" + emptyHall, ADMIN).status());
        assertEquals(422, api.post("api/admin/venues", "{\"name\": \"  \"}", ADMIN).status());
        assertEquals(400, api.post("api/admin/venues", "{}", ADMIN).status());
    }

    public void layoutGenerationHandlesAislesGapsCategoriesAndNumbering() {
        long hall = hall(venue(), "Theatre");
        JsonObject spec = Json.createObjectBuilder()
                .add("rows", 3).add("seats_per_row", 6)
                .add("row_labels", Json.createArrayBuilder().add("AA").add("BB").add("CC"))
                .add("numbering", "right-to-left")
                .add("aisles_after", Json.createArrayBuilder().add(3))
                .add("gaps", Json.createArrayBuilder().add(Json.createObjectBuilder().add("row", "AA").add("position", 1)))
                .add("categories", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("rows", Json.createArrayBuilder().add("CC")).add("category", "PREMIUM"))
                        .add(Json.createObjectBuilder().add("rows", Json.createArrayBuilder().add("BB"))
                                .add("seats", Json.createArrayBuilder().add(1)).add("category", "WHEELCHAIR"))
                        .add(Json.createObjectBuilder().add("rows", Json.createArrayBuilder().add("BB"))
                                .add("seats", Json.createArrayBuilder().add(2)).add("category", "COMPANION")))
                .build();
        Reply preview = api.post("api/admin/halls/" + hall + "/layout/preview", spec.toString(), ADMIN);
        assertEquals(200, preview.status(), preview.toString());
        assertEquals(17, preview.json().getInt("seat_count"), "3 x 6 minus one gap");
        assertEquals(0, api.get("api/admin/halls/" + hall + "/layout", ADMIN).json().getInt("seat_count"),
                "a preview saves nothing");

        Reply saved = layout(hall, spec);
        assertEquals(200, saved.status(), saved.toString());
        JsonArray seats = api.get("api/admin/halls/" + hall + "/layout", ADMIN).json().getJsonArray("seats");
        assertEquals(17, seats.size());
        JsonObject rowA = seatAt(seats, "AA", 5);
        assertEquals(1, rowA.getInt("grid_col"), "AA loses position 1; right-to-left numbering makes it seat 5");
        assertEquals(4, seatAt(seats, "BB", 3).getInt("grid_col"), "the aisle after position 3 shifts later seats");
        assertEquals(6, seatAt(seats, "BB", 1).getInt("grid_col"));
        assertEquals("WHEELCHAIR", seatAt(seats, "BB", 1).getString("category"));
        assertEquals("COMPANION", seatAt(seats, "BB", 2).getString("category"));
        assertEquals("PREMIUM", seatAt(seats, "CC", 4).getString("category"));
        assertEquals("STANDARD", seatAt(seats, "AA", 1).getString("category"));

        assertEquals(422, layout(hall, rectangle(0, 5)).status());
        assertEquals(422, layout(hall, Json.createObjectBuilder().add("rows", 2).add("seats_per_row", 4)
                .add("aisles_after", Json.createArrayBuilder().add(9)).build()).status());
    }

    public void layoutChangesApplyToNewShowsOnly() {
        long hall = hall(venue(), "Changing");
        assertEquals(200, layout(hall, rectangle(2, 5)).status());
        long before = showOk(hall, "Before", Instant.now().plus(Duration.ofDays(5)), Map.of("STANDARD", 900L));
        assertEquals(200, layout(hall, rectangle(3, 4)).status());
        long after = showOk(hall, "After", Instant.now().plus(Duration.ofDays(6)), Map.of("STANDARD", 900L));
        assertEquals(10, api.get("api/shows/" + before + "/seats", null).json().getJsonArray("seats").size());
        assertEquals(12, api.get("api/shows/" + after + "/seats", null).json().getJsonArray("seats").size());
    }

    public void showsGetInventoryPricesAndNoOverlap() throws Exception {
        long hall = hall(venue(), "Arena test");
        assertEquals(200, layout(hall, Json.createObjectBuilder().add("rows", 100).add("seats_per_row", 100)
                .add("categories", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("rows", Json.createArrayBuilder().add("A").add("B")).add("category", "PREMIUM"))).build()).status());
        Instant start = Instant.now().plus(Duration.ofDays(10));
        assertEquals(422, show(hall, "No premium price", start, Map.of("STANDARD", 1000L)).status());
        assertEquals(422, show(hall, "Unknown category", start, Map.of("STANDARD", 1L, "PREMIUM", 1L, "VIP", 1L)).status());

        long began = System.nanoTime();
        Reply created = show(hall, "Ten thousand", start, Map.of("STANDARD", 2500L, "PREMIUM", 4000L));
        double millis = (System.nanoTime() - began) / 1e6;
        assertEquals(201, created.status(), created.toString());
        long showId = created.json().getJsonNumber("id").longValue();
        assertEquals(10_000, created.json().getInt("total_seats"));
        Files.writeString(Path.of("target", "show-creation.txt"),
                String.format("creating a 10,000-seat show over the API: %.0f ms (budget 2000)%n", millis),
                StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        assertTrue(millis < 10_000, "10,000-seat show created in " + millis + " ms");
        assertEquals(10_000, TestData.scalar("SELECT count(*) FROM show_seat WHERE show_id = ?", showId));

        Reply overlap = show(hall, "Overlapping", start.plus(Duration.ofMinutes(90)), Map.of("STANDARD", 1L, "PREMIUM", 1L));
        assertEquals(409, overlap.status(), overlap.toString());
        assertTrue(overlap.json().getString("type").endsWith("show-overlap"));
        showOk(hall, "Right after", start.plus(Duration.ofHours(2)), Map.of("STANDARD", 1L, "PREMIUM", 1L));

        User buyer = TestData.user("payer");
        JsonArray seats = api.get("api/shows/" + showId + "/seats", null).json().getJsonArray("seats");
        long premium = seats.getJsonObject(0).getJsonNumber("id").longValue();
        long standard = seats.getJsonObject(500).getJsonNumber("id").longValue();
        Reply held = api.post("api/shows/" + showId + "/holds", "{\"seat_ids\": [" + premium + ", " + standard + "]}", buyer);
        assertEquals(201, held.status(), held.toString());
        Reply booked = api.post("api/bookings", "{\"hold_id\": " + held.json().getJsonNumber("id") + "}", buyer);
        assertEquals(201, booked.status(), booked.toString());
        assertEquals(6500, booked.json().getJsonNumber("total_cents").longValue(), "4000 premium + 2500 standard");
        assertEquals("EUR", booked.json().getString("currency"));
        Map<Long, Long> prices = booked.json().getJsonArray("seats").stream().map(JsonValue::asJsonObject)
                .collect(Collectors.toMap(s -> s.getJsonNumber("seat_id").longValue(), s -> s.getJsonNumber("price_cents").longValue()));
        assertEquals(Map.of(premium, 4000L, standard, 2500L), prices);

        Reply repriced = api.send(api.request("api/admin/shows/" + showId + "/prices", ADMIN).header("Content-Type", "application/json")
                .PUT(java.net.http.HttpRequest.BodyPublishers.ofString("{\"STANDARD\": 3000, \"PREMIUM\": 5000}")));
        assertEquals(200, repriced.status(), repriced.toString());
        assertEquals(6500, api.get("api/bookings/" + booked.json().getString("reference"), buyer).json()
                .getJsonNumber("total_cents").longValue(), "a booking keeps the prices it was sold at");
    }

    public void draftShowsAreInvisibleUntilPublished() {
        long hall = hall(venue(), "Drafts");
        assertEquals(200, layout(hall, rectangle(1, 4)).status());
        Reply draft = api.post("api/admin/shows", Json.createObjectBuilder().add("hall_id", hall).add("title", "Secret")
                .add("starts_at", Instant.now().plus(Duration.ofDays(4)).toString())
                .add("ends_at", Instant.now().plus(Duration.ofDays(4)).plusSeconds(3600).toString())
                .add("prices_cents", Json.createObjectBuilder().add("STANDARD", 500)).add("publish", false).build().toString(), ADMIN);
        assertEquals(201, draft.status(), draft.toString());
        long showId = draft.json().getJsonNumber("id").longValue();
        assertEquals(404, api.get("api/shows/" + showId, null).status());
        assertTrue(api.get("api/shows", null).array().stream().noneMatch(s -> s.asJsonObject().getJsonNumber("id").longValue() == showId));
        assertEquals(200, api.post("api/admin/shows/" + showId + "/publish", "", ADMIN).status());
        assertEquals("published", api.get("api/shows/" + showId, null).json().getString("status"));
    }

    private static JsonObject seatAt(JsonArray seats, String row, int number) {
        return seats.stream().map(JsonValue::asJsonObject)
                .filter(s -> s.getString("row").equals(row) && s.getInt("number") == number)
                .findFirst().orElseThrow(() -> new AssertionError("no seat " + row + number));
    }
}
