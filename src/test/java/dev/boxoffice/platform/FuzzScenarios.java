package dev.boxoffice.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.boxoffice.platform.FuzzRequest.Callers;
import dev.boxoffice.platform.FuzzTargets.Fixture;
import dev.boxoffice.platform.FuzzTargets.Target;
import dev.boxoffice.testsupport.Api;
import dev.boxoffice.testsupport.Reply;
import dev.boxoffice.testsupport.TestData;
import dev.boxoffice.testsupport.TestData.ShowFixture;
import dev.boxoffice.testsupport.User;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

/**
 * Seeded random bad input against every endpoint: no answer is a 5xx, every 4xx is problem+json
 * whose status matches, and nothing in the database changes. The seed is printed; rerun one
 * with {@code -Dfuzz.seed=<seed>} (and {@code -Dfuzz.rounds=<n>} for more requests).
 */
public class FuzzScenarios {

    private static final long DEFAULT_SEED = 20_251_126L;
    private static final int DEFAULT_ROUNDS = 20;

    /** HTTP/1.1 only: no h2c upgrade attempt on requests that carry a body. */
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private final Api api;

    public FuzzScenarios(Api api) {
        this.api = api;
    }

    public void fuzzedBadInputNeverFailsTheServerAndChangesNothing() {
        long seed = Long.getLong("fuzz.seed", DEFAULT_SEED);
        int rounds = Integer.getInteger("fuzz.rounds", DEFAULT_ROUNDS);
        Fixture fixture = fixture();
        Callers callers = new Callers(TestData.user("fuzzer"), User.ADMIN);
        List<Target> targets = FuzzTargets.all(fixture);
        Random random = new Random(seed);
        Map<String, String> before = databaseFingerprint(fixture.showId());
        List<String> failures = new ArrayList<>();
        long started = System.nanoTime();
        int sent = 0;
        for (int round = 0; round < rounds; round++) {
            for (Target target : targets) {
                FuzzRequest request = FuzzRequest.next(target, fixture, callers, random);
                problemWith(request).ifPresent(p -> failures.add(request.describe() + "\n    -> " + p));
                sent++;
            }
        }
        long millis = Duration.ofNanos(System.nanoTime() - started).toMillis();
        System.out.printf("Fuzzing: %d requests to %d endpoints in %d ms, seed %d, %d failure(s)%n",
                sent, targets.size(), millis, seed, failures.size());
        failures.forEach(f -> System.out.println("FUZZ FAILURE " + f));
        assertTrue(failures.isEmpty(), failures.size() + " of " + sent + " fuzzed requests (seed " + seed
                + ") were answered wrongly:\n" + String.join("\n", failures.subList(0, Math.min(40, failures.size()))));
        assertEquals(before, databaseFingerprint(fixture.showId()), "bad input changed the database (seed " + seed + ")");
    }

    /** What is wrong with the answer to this request, if anything. */
    private Optional<String> problemWith(FuzzRequest request) {
        HttpRequest.Builder http = HttpRequest.newBuilder(api.base().resolve(request.path()))
                .timeout(Duration.ofSeconds(10))
                // big bodies wait for the server's go-ahead: an early 401/404 need not swallow 600 kB
                .expectContinue(request.body() != null && request.body().length > 16_384)
                .method(request.method(), request.body() == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(request.body()));
        request.headers().forEach(h -> http.header(h.getKey(), h.getValue()));
        Reply reply;
        try {
            HttpResponse<String> response = HTTP.send(http.build(), HttpResponse.BodyHandlers.ofString());
            reply = new Reply(response.statusCode(), response.headers(), response.body());
        } catch (IOException e) {
            return Optional.of("no answer: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        int status = reply.status();
        String answer = status + " " + reply.contentType() + " " + excerpt(reply.body());
        if (status >= 500) {
            return Optional.of("server error " + answer);
        }
        if (status < 400) {
            return request.method().equals("GET") ? Optional.empty()
                    : Optional.of("bad input accepted: " + answer);
        }
        if (!reply.contentType().startsWith("application/problem+json")) {
            return Optional.of("not problem+json: " + answer);
        }
        try {
            JsonObject problem = reply.json();
            if (problem.getInt("status", -1) != status || problem.getString("title", "").isEmpty()) {
                return Optional.of("problem without matching status and a title: " + answer);
            }
        } catch (RuntimeException notJson) {
            return Optional.of("problem body is no JSON object: " + answer);
        }
        return Optional.empty();
    }

    private static String excerpt(String body) {
        return body.length() > 300 ? body.substring(0, 300) + "..." : body;
    }

    /** A show of a fresh hall, another user's booking of two of its seats and live hold of a third. */
    private Fixture fixture() {
        ShowFixture show = TestData.show("Fuzz target", 2, 10);
        long hallId = TestData.scalar("SELECT hall_id FROM show WHERE id = ?", show.showId());
        long venueId = TestData.scalar("SELECT venue_id FROM hall WHERE id = ?", hallId);
        User owner = TestData.user("fuzz-owner");
        List<Long> seats = show.seatIds();
        long bookedHold = holdOk(owner, show.showId(), seats.get(0) + "," + seats.get(1));
        Reply booking = api.post("api/bookings", "{\"hold_id\": " + bookedHold + "}", owner);
        assertEquals(201, booking.status(), booking.toString());
        long liveHold = holdOk(owner, show.showId(), String.valueOf(seats.get(2)));
        return new Fixture(show.showId(), seats.get(5), liveHold, booking.json().getString("reference"), venueId, hallId);
    }

    private long holdOk(User user, long showId, String seatIds) {
        Reply reply = api.post("api/shows/" + showId + "/holds", "{\"seat_ids\": [" + seatIds + "]}", user);
        assertEquals(201, reply.status(), reply.toString());
        return reply.json().getJsonNumber("id").longValue();
    }

    /**
     * Everything a request could change, table by table. Seat versions and audit rows only for
     * the fuzzed show: the expiry timer may free other tests' holds meanwhile.
     */
    private static Map<String, String> databaseFingerprint(long showId) {
        Map<String, String> sql = new LinkedHashMap<>();
        sql.put("venues", "SELECT md5(coalesce(string_agg(id || ':' || name, ',' ORDER BY id), '')) FROM venue");
        sql.put("halls", "SELECT md5(coalesce(string_agg(id || ':' || name || ':' || layout_version, ',' ORDER BY id), '')) FROM hall");
        sql.put("seats", "SELECT count(*)::text FROM seat");
        sql.put("shows", "SELECT md5(coalesce(string_agg(id || ':' || title || ':' || status || ':' || starts_at,"
                + " ',' ORDER BY id), '')) FROM show");
        sql.put("prices", "SELECT md5(coalesce(string_agg(show_id || category || price_cents, ',' ORDER BY show_id, category), ''))"
                + " FROM show_price");
        sql.put("accounts", "SELECT count(*)::text FROM account");
        sql.put("roles", "SELECT md5(coalesce(string_agg(account_id || role, ',' ORDER BY account_id, role), '')) FROM account_role");
        sql.put("holds", "SELECT count(*)::text FROM hold");
        sql.put("bookings", "SELECT md5(coalesce(string_agg(id || status, ',' ORDER BY id), '')) FROM booking");
        sql.put("idempotency keys", "SELECT count(*)::text FROM idempotency_key");
        sql.put("fuzzed show's seat versions", "SELECT coalesce(sum(version), 0)::text FROM show_seat WHERE show_id = " + showId);
        sql.put("fuzzed show's seat audit", "SELECT count(*)::text FROM seat_audit WHERE show_id = " + showId);
        Map<String, String> fingerprint = new LinkedHashMap<>();
        sql.forEach((name, query) -> fingerprint.put(name, TestData.text(query)));
        return fingerprint;
    }
}
