package dev.boxoffice.booking;

import static dev.boxoffice.testsupport.User.USER1;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.boxoffice.testsupport.Api;
import dev.boxoffice.testsupport.Reply;
import dev.boxoffice.testsupport.TestData;
import dev.boxoffice.testsupport.TestData.ShowFixture;
import dev.boxoffice.testsupport.User;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.LongStream;

/** A table of bad requests: each gets its 4xx as problem+json, and none changes anything. */
public class BadInputScenarios extends BookingSteps {

    private record Case(String name, int status, Supplier<Reply> call) {
    }

    public BadInputScenarios(Api api) {
        super(api);
    }

    public void badInputIsRefusedWithProblemAndChangesNothing() {
        ShowFixture show = TestData.show("Bad input", 2, 10);
        long showId = show.showId();
        long seat = show.seatIds().get(0);
        User user = TestData.user("clumsy");
        User wrongPassword = new User(user.name(), "not-the-password");
        String holds = "api/shows/" + showId + "/holds";
        String elevenSeats = show.seatIds().subList(0, 11).stream().map(String::valueOf).collect(Collectors.joining(","));
        long missingShow = showId + 1_000_000;

        List<Case> cases = new ArrayList<>(List.of(
                new Case("malformed JSON", 400, () -> api.post(holds, "{\"seat_ids\": [", user)),
                new Case("not JSON at all", 400, () -> api.post(holds, "seat_ids=1", user)),
                new Case("seat_ids of wrong type", 400, () -> api.post(holds, "{\"seat_ids\": \"1\"}", user)),
                new Case("seat id of wrong type", 400, () -> api.post(holds, "{\"seat_ids\": [\"abc\"]}", user)),
                new Case("body is an array", 400, () -> api.post(holds, "[1, 2]", user)),
                new Case("missing seat_ids", 400, () -> api.post(holds, "{}", user)),
                new Case("empty body", 400, () -> api.post(holds, "", user)),
                new Case("empty seat list", 422, () -> api.post(holds, "{\"seat_ids\": []}", user)),
                new Case("too many seats", 422, () -> api.post(holds, "{\"seat_ids\": [" + elevenSeats + "]}", user)),
                new Case("duplicate seats", 422, () -> api.post(holds, "{\"seat_ids\": [" + seat + "," + seat + "]}", user)),
                new Case("null seat id", 422, () -> api.post(holds, "{\"seat_ids\": [null]}", user)),
                new Case("unknown seat", 404, () -> api.post(holds, "{\"seat_ids\": [" + seat + ", 987654321]}", user)),
                new Case("seat of another hall", 404, () -> api.post(holds, "{\"seat_ids\": [1]}", user)),
                new Case("unknown show", 404, () -> api.post("api/shows/" + missingShow + "/holds", "{\"seat_ids\": [1]}", user)),
                new Case("show id not a number", 404, () -> api.post("api/shows/abc/holds", "{\"seat_ids\": [1]}", user)),
                new Case("anonymous hold", 401, () -> api.post(holds, "{\"seat_ids\": [" + seat + "]}", null)),
                new Case("wrong password", 401, () -> api.post(holds, "{\"seat_ids\": [" + seat + "]}", wrongPassword)),
                new Case("wrong password on a public read", 401, () -> api.get("api/shows", wrongPassword)),
                new Case("garbage Authorization", 401, () -> api.send(api.request("api/me", null)
                        .header("Authorization", "Basic !!!").GET())),
                new Case("wrong content type", 415, () -> api.send(api.request(holds, user)
                        .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString("{}")))),
                new Case("booking without hold_id", 400, () -> api.post("api/bookings", "{}", user)),
                new Case("hold_id of wrong type", 400, () -> api.post("api/bookings", "{\"hold_id\": \"x\"}", user)),
                new Case("hold_id too large", 400, () -> api.post("api/bookings", "{\"hold_id\": 1e400}", user)),
                new Case("unknown hold", 404, () -> api.post("api/bookings", "{\"hold_id\": 987654321}", user)),
                new Case("anonymous booking", 401, () -> api.post("api/bookings", "{\"hold_id\": 1}", null)),
                new Case("seed hold without seat_id", 400, () -> api.post("api/hold-seat/", "{\"show_id\": " + showId + "}", user)),
                new Case("seed hold for someone else", 403, () -> api.post("api/hold-seat/",
                        "{\"show_id\": " + showId + ", \"seat_id\": " + seat + ", \"user_id\": 987654321}", user)),
                new Case("seed hold unknown show", 404, () -> api.post("api/hold-seat/",
                        "{\"show_id\": " + missingShow + ", \"seat_id\": " + seat + "}", user)),
                new Case("seed book of a seat not held", 409, () -> api.post("api/book-seat/",
                        "{\"show_id\": " + showId + ", \"seat_id\": " + seat + "}", user)),
                new Case("unknown show read", 404, () -> api.get("api/shows/" + missingShow, null)),
                new Case("unknown layout", 404, () -> api.get("api/hall-layout/" + missingShow + "/", null)),
                new Case("layout id not a number", 404, () -> api.get("api/hall-layout/abc/", null)),
                new Case("unknown hold read", 404, () -> api.get("api/holds/987654321", user)),
                new Case("unknown booking", 404, () -> api.get("api/bookings/NOPE", user)),
                new Case("unknown booking cancel", 404, () -> api.post("api/bookings/NOPE/cancel", "", user)),
                new Case("anonymous me", 401, () -> api.get("api/me", null)),
                new Case("unknown path", 404, () -> api.get("api/nothing-here", null)),
                new Case("wrong method", 405, () -> api.delete("api/shows", USER1))));

        long changesBefore = changeCount(showId);
        for (Case c : cases) {
            Reply reply = c.call().get();
            assertEquals(c.status(), reply.status(), c.name() + ": " + reply);
            assertEquals("application/problem+json", reply.contentType(), c.name() + ": " + reply);
            assertEquals(c.status(), reply.json().getInt("status"), c.name());
            assertTrue(reply.json().containsKey("type") && reply.json().containsKey("title")
                    && reply.json().containsKey("detail"), c.name() + ": " + reply);
        }
        assertEquals(changesBefore, changeCount(showId), "bad requests changed nothing");
        assertTrue(LongStream.of(TestData.scalar("SELECT count(*) FROM hold h JOIN account a ON a.id = h.account_id"
                + " WHERE a.username = ?", user.name())).allMatch(n -> n == 0));
    }

    /** Holds, bookings and seat versions of the show: any state change moves this number. */
    private static long changeCount(long showId) {
        return TestData.scalar("SELECT (SELECT count(*) FROM hold) + (SELECT count(*) FROM booking)"
                + " + (SELECT coalesce(sum(version), 0) FROM show_seat WHERE show_id = ?)", showId);
    }
}
