package dev.boxoffice.platform;

import static dev.boxoffice.platform.FuzzValues.Kind.COUNT;
import static dev.boxoffice.platform.FuzzValues.Kind.COUNT_LIST;
import static dev.boxoffice.platform.FuzzValues.Kind.FLAG;
import static dev.boxoffice.platform.FuzzValues.Kind.ID;
import static dev.boxoffice.platform.FuzzValues.Kind.ID_LIST;
import static dev.boxoffice.platform.FuzzValues.Kind.INSTANT;
import static dev.boxoffice.platform.FuzzValues.Kind.OBJECT_LIST;
import static dev.boxoffice.platform.FuzzValues.Kind.PASSWORD;
import static dev.boxoffice.platform.FuzzValues.Kind.PRICES;
import static dev.boxoffice.platform.FuzzValues.Kind.TEXT;
import static dev.boxoffice.platform.FuzzValues.Kind.TEXT_LIST;

import dev.boxoffice.platform.FuzzValues.Kind;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Every JAX-RS endpoint of the API (grep @Path under src/main/java), with a valid body template
 * built from the fixture's ids and the kind of each of its fields. The fuzzer always breaks the
 * template, so no request is meant to succeed.
 */
final class FuzzTargets {

    enum Audience { PUBLIC, USER, ADMIN }

    record Field(String name, Kind kind, boolean required) {
    }

    /**
     * {@code path} may hold {show}, {seat}, {hold}, {reference}, {venue}, {hall} and {username}.
     * A body-less change never gets a real show, venue or hall id (it would succeed); {hold},
     * {reference} and {seat} are real but belong to another user, so they stay safe.
     */
    record Target(String method, String path, Audience audience, JsonObject template, List<Field> fields,
                  boolean streams) {

        boolean changesState() {
            return !method.equals("GET");
        }

        boolean hasBody() {
            return template != null;
        }
    }

    /** Real rows the fuzzer aims at: a show of the fuzz hall, and another user's hold and booking. */
    record Fixture(long showId, long seatId, long holdId, String reference, long venueId, long hallId) {
    }

    private FuzzTargets() {
    }

    static List<Target> all(Fixture fixture) {
        JsonObject seat = Json.createObjectBuilder().add("show_id", fixture.showId()).add("seat_id", fixture.seatId()).build();
        List<Field> seatFields = List.of(new Field("show_id", ID, true), new Field("seat_id", ID, true),
                new Field("user_id", ID, false));
        JsonObject name = Json.createObjectBuilder().add("name", "Fuzz name").build();
        List<Field> nameFields = List.of(new Field("name", TEXT, true));
        JsonObject layout = Json.createObjectBuilder().add("rows", 2).add("seats_per_row", 3).build();
        List<Field> layoutFields = List.of(new Field("rows", COUNT, true), new Field("seats_per_row", COUNT, true),
                new Field("row_labels", TEXT_LIST, false), new Field("numbering", TEXT, false),
                new Field("aisles_after", COUNT_LIST, false), new Field("gaps", OBJECT_LIST, false),
                new Field("categories", OBJECT_LIST, false));
        Instant start = Instant.now().plus(400, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
        JsonObject show = Json.createObjectBuilder().add("hall_id", fixture.hallId()).add("title", "Fuzz show")
                .add("starts_at", start.toString()).add("ends_at", start.plus(2, ChronoUnit.HOURS).toString())
                .add("prices_cents", Json.createObjectBuilder().add("STANDARD", 1200)).add("publish", false).build();
        List<Field> showFields = List.of(new Field("hall_id", ID, true), new Field("title", TEXT, true),
                new Field("starts_at", INSTANT, true), new Field("ends_at", INSTANT, true),
                new Field("prices_cents", PRICES, true), new Field("publish", FLAG, false));
        JsonObject signUp = Json.createObjectBuilder().add("username", "fuzz-signup").add("email", "fuzz@example.org")
                .add("password", "correct horse battery").build();
        List<Field> signUpFields = List.of(new Field("username", TEXT, true), new Field("email", TEXT, true),
                new Field("password", PASSWORD, true));
        return List.of(
                get("shows", Audience.PUBLIC),
                get("shows/{show}", Audience.PUBLIC),
                get("shows/{show}/seats", Audience.PUBLIC),
                new Target("GET", "shows/{show}/events", Audience.PUBLIC, null, List.of(), true),
                get("hall-layout/{show}/", Audience.PUBLIC),
                body("POST", "hold-seat/", Audience.USER, seat, seatFields),
                body("POST", "book-seat/", Audience.USER, seat, seatFields),
                body("POST", "shows/{show}/holds", Audience.USER,
                        Json.createObjectBuilder().add("seat_ids", Json.createArrayBuilder().add(fixture.seatId())).build(),
                        List.of(new Field("seat_ids", ID_LIST, true))),
                body("POST", "shows/{show}/holds", Audience.USER,
                        Json.createObjectBuilder().add("count", 2).add("category", "STANDARD").build(),
                        List.of(new Field("count", COUNT, true), new Field("category", TEXT, false))),
                get("holds/{hold}", Audience.USER),
                bodiless("DELETE", "holds/{hold}", Audience.USER),
                body("POST", "bookings", Audience.USER, Json.createObjectBuilder().add("hold_id", fixture.holdId()).build(),
                        List.of(new Field("hold_id", ID, true))),
                get("bookings", Audience.USER),
                get("bookings/{reference}", Audience.USER),
                bodiless("POST", "bookings/{reference}/cancel", Audience.USER),
                body("POST", "accounts", Audience.PUBLIC, signUp, signUpFields),
                get("me", Audience.USER),
                get("admin/venues", Audience.ADMIN),
                body("POST", "admin/venues", Audience.ADMIN, name, nameFields),
                get("admin/venues/{venue}", Audience.ADMIN),
                body("PATCH", "admin/venues/{venue}", Audience.ADMIN, name, nameFields),
                bodiless("DELETE", "admin/venues/{venue}", Audience.ADMIN),
                body("POST", "admin/venues/{venue}/halls", Audience.ADMIN, name, nameFields),
                get("admin/halls/{hall}", Audience.ADMIN),
                body("PATCH", "admin/halls/{hall}", Audience.ADMIN, name, nameFields),
                bodiless("DELETE", "admin/halls/{hall}", Audience.ADMIN),
                get("admin/halls/{hall}/layout", Audience.ADMIN),
                body("PUT", "admin/halls/{hall}/layout", Audience.ADMIN, layout, layoutFields),
                body("POST", "admin/halls/{hall}/layout/preview", Audience.ADMIN, layout, layoutFields),
                get("admin/accounts", Audience.ADMIN),
                bodiless("PUT", "admin/accounts/{username}/roles/admin", Audience.ADMIN),
                bodiless("DELETE", "admin/accounts/{username}/roles/admin", Audience.ADMIN),
                get("admin/shows", Audience.ADMIN),
                body("POST", "admin/shows", Audience.ADMIN, show, showFields),
                get("admin/shows/{show}", Audience.ADMIN),
                bodiless("POST", "admin/shows/{show}/publish", Audience.ADMIN),
                body("PUT", "admin/shows/{show}/prices", Audience.ADMIN,
                        Json.createObjectBuilder().add("STANDARD", 1200).build(), List.of(new Field("STANDARD", ID, true))),
                bodiless("POST", "admin/shows/{show}/cancel", Audience.ADMIN),
                get("admin/shows/{show}/dashboard", Audience.ADMIN),
                get("admin/shows/{show}/seats/{seat}/history", Audience.ADMIN),
                get("admin/shows/{show}/bookings.csv", Audience.ADMIN));
    }

    private static Target get(String path, Audience audience) {
        return new Target("GET", path, audience, null, List.of(), false);
    }

    private static Target bodiless(String method, String path, Audience audience) {
        return new Target(method, path, audience, null, List.of(), false);
    }

    private static Target body(String method, String path, Audience audience, JsonObject template, List<Field> fields) {
        return new Target(method, path, audience, template, fields, false);
    }
}
