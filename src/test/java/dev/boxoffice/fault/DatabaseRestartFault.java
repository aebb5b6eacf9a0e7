package dev.boxoffice.fault;

import dev.boxoffice.testsupport.AppInstance;
import dev.boxoffice.testsupport.Invariant;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The database-restart fault test ({@code mvn -Pfault package}, not part of {@code mvn verify}):
 * an embedded PostgreSQL and one Payara Micro with demo data, 16 clients holding, booking and
 * releasing seats, one SSE client; PostgreSQL is stopped for 5 s and started again on the same
 * port and data. Checks that every failed answer meanwhile was a quick 503 problem+json with
 * Retry-After, that readiness went down and up, that the app recovered by itself, that the
 * LISTEN connection came back (an SSE event for a hold made after the restart), and the seat
 * invariant in SQL. Prints a summary; exits 1 if any check fails.
 */
public final class DatabaseRestartFault {

    private static final int CLIENTS = Integer.getInteger("fault.clients", 16);
    private static final Duration OUTAGE = Duration.ofSeconds(Long.getLong("fault.outage.seconds", 5));
    private static final Duration LOAD_BEFORE_AND_AFTER = Duration.ofSeconds(10);
    /** Longest acceptable answer while the database is away: the pool's 2 s wait plus slack for a busy 2-core box. */
    private static final long LATENCY_BOUND_MILLIS = Long.getLong("fault.latency.bound.ms", 3000);
    private static final Duration RECOVERY_BOUND = Duration.ofSeconds(30);

    private final List<String> failures = new ArrayList<>();

    private DatabaseRestartFault() {
    }

    public static void main(String[] args) throws Exception {
        System.exit(new DatabaseRestartFault().run() ? 0 : 1);
    }

    private boolean run() throws Exception {
        Path data = Path.of("target", "fault-pgdata");
        try (RestartablePostgres postgres = RestartablePostgres.fresh(data, freePort());
             AppInstance app = AppInstance.start("fault-app", Map.of("DB_URL", postgres.jdbcUrl(),
                     "DB_USER", "postgres", "DB_PASSWORD", "postgres", "BOXOFFICE_DEMO", "true"))) {
            URI base = app.api().base();
            System.out.println("Fault run: app at " + base + ", PostgreSQL " + postgres.jdbcUrl() + " (log target/fault-app.log)");
            exercise(base, postgres);
        }
        System.out.println(failures.isEmpty() ? "FAULT TEST PASSED" : "FAULT TEST FAILED:\n  " + String.join("\n  ", failures));
        return failures.isEmpty();
    }

    private void exercise(URI base, RestartablePostgres postgres) throws Exception {
        try (ShowLoad load = new ShowLoad(base)) {
            JsonArray shows = array(load.send("setup", load.request("api/shows")).body());
            long loadShow = showId(shows, "Gala Concert");
            long eventShow = showId(shows, "Release Night");
            List<Long> loadSeats = seatIds(load, loadShow);
            long eventSeat = seatIds(load, eventShow).get(0);

            try (SeatEventStream events = SeatEventStream.open(base, eventShow)) {
                check(events.await("event: subscribed"::equals, Duration.ofSeconds(10)), "SSE stream said subscribed");
                load.start(CLIENTS, loadShow, List.copyOf(loadSeats), eventShow);
                Thread readiness = pollReadiness(load);
                Thread.sleep(LOAD_BEFORE_AND_AFTER.toMillis());

                System.out.println("Stopping PostgreSQL for " + OUTAGE.toSeconds() + " s");
                long down = System.nanoTime();
                postgres.stop();
                long stopped = System.nanoTime();
                Thread.sleep(OUTAGE.toMillis());
                postgres.start();
                long up = System.nanoTime();
                long recovered = awaitRecovery(load, up);
                Thread.sleep(LOAD_BEFORE_AND_AFTER.toMillis());
                readiness.interrupt();
                load.close();

                report(load.answers(), down, stopped, up, recovered);
                checkListener(load, events, eventShow, eventSeat);
            }
        }
        Map<String, Long> invariant;
        long sold;
        try (Connection connection = postgres.dataSource().getConnection();
             ResultSet rows = connection.createStatement().executeQuery("SELECT count(*) FROM show_seat WHERE status = 'BOOKED'")) {
            invariant = Invariant.violations(connection);
            rows.next();
            sold = rows.getLong(1);
        }
        System.out.println("Invariant (violations, sold seats " + sold + "):");
        invariant.forEach((rule, count) -> {
            System.out.printf("  %-55s %d%n", rule, count);
            check(count == 0, "invariant: " + rule);
        });
    }

    private static Thread pollReadiness(ShowLoad load) {
        Thread thread = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                load.send("ready", load.request("health/ready"));
                try {
                    Thread.sleep(250);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "readiness");
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    /** Waits for the first successful API answer that started after PostgreSQL was back; its end time. */
    private long awaitRecovery(ShowLoad load, long up) throws InterruptedException {
        long deadline = up + RECOVERY_BOUND.toNanos();
        while (System.nanoTime() < deadline) {
            var first = load.answers().stream()
                    .filter(a -> a.startedNanos() >= up && a.succeeded() && isApi(a))
                    .mapToLong(Answer::endedNanos).min();
            if (first.isPresent()) {
                return first.getAsLong();
            }
            Thread.sleep(100);
        }
        failures.add("no successful request within " + RECOVERY_BOUND.toSeconds() + " s after PostgreSQL was back");
        return deadline;
    }

    private void report(List<Answer> answers, long down, long stopped, long up, long recovered) {
        Predicate<Answer> window = a -> a.endedNanos() >= down && a.startedNanos() < recovered;
        List<Answer> api = answers.stream().filter(DatabaseRestartFault::isApi).toList();
        List<Answer> outage = api.stream().filter(window).toList();
        List<Answer> errorsOutside = api.stream().filter(window.negate()).filter(Answer::isError).toList();
        List<Answer> badErrors = outage.stream().filter(a -> a.isError() && !a.isDatabaseUnavailable()).toList();
        long maxMillis = outage.stream().mapToLong(Answer::millis).max().orElse(0);
        List<Answer> ready = answers.stream().filter(a -> a.what().equals("ready")).toList();

        System.out.printf("PostgreSQL stop took %d ms, down for %d ms; first success %d ms after it was back%n",
                ms(stopped - down), ms(up - down), ms(recovered - up));
        System.out.println("API answers in the whole run: " + byStatus(api));
        System.out.println("API answers during outage + recovery: " + byStatus(outage)
                + ", by request: " + outage.stream().collect(Collectors.groupingBy(Answer::what, TreeMap::new, Collectors.counting())));
        System.out.println("  max latency " + maxMillis + " ms " + outage.stream().collect(Collectors.groupingBy(Answer::what,
                TreeMap::new, Collectors.summarizingLong(Answer::millis))).entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue().getMax()).toList() + "; 503 problem+json with Retry-After: "
                + outage.stream().filter(Answer::isDatabaseUnavailable).count() + "; other errors: " + badErrors.size());
        System.out.println("Readiness during outage: " + byStatus(ready.stream().filter(a -> a.startedWithin(stopped, up)).toList())
                + ", max latency " + ready.stream().mapToLong(Answer::millis).max().orElse(0) + " ms");
        badErrors.stream().limit(3).forEach(a -> System.out.println("  e.g. " + a.what() + " " + a.status() + " "
                + a.contentType() + " " + shorten(a.body())));
        errorsOutside.stream().limit(3).forEach(a -> System.out.println("  error outside the outage: " + a.what() + " "
                + a.status() + " " + shorten(a.body())));

        check(outage.stream().anyMatch(Answer::isDatabaseUnavailable), "some requests met the outage and got 503");
        check(badErrors.isEmpty(), "every error during the outage was 503 problem+json database-unavailable with Retry-After");
        check(maxMillis <= LATENCY_BOUND_MILLIS, "every answer during the outage within " + LATENCY_BOUND_MILLIS + " ms");
        check(errorsOutside.isEmpty(), "no error answers before or after the outage");
        check(ready.stream().anyMatch(a -> a.startedWithin(stopped, up) && a.status() == 503), "readiness 503 while down");
        check(!ready.isEmpty() && ready.get(ready.size() - 1).status() == 200, "readiness 200 after recovery");
    }

    private void checkListener(ShowLoad load, SeatEventStream events, long showId, long seatId) throws Exception {
        boolean resync = events.await("event: resync"::equals, Duration.ofSeconds(5));
        String auth = ShowLoad.auth(new String[] {"user1", "user1-pass"});
        Answer hold = load.send("hold", load.post("api/shows/" + showId + "/holds", "{\"seat_ids\":[" + seatId + "]}", auth));
        boolean event = hold.status() == 201 && events.await(
                line -> line.startsWith("data:") && line.contains("\"seat_id\":" + seatId + ",") && line.contains("\"held\""),
                Duration.ofSeconds(5));
        System.out.println("SSE after restart: resync " + (resync ? "received" : "MISSING") + ", hold " + hold.status()
                + ", its seat event " + (event ? "received" : "MISSING") + (events.ended() ? " (stream ended)" : ""));
        check(resync, "SSE resync after the restart");
        check(event, "SSE event for a hold made after the restart (listener reconnected)");
        if (hold.status() == 201) {
            long holdId = ShowLoad.json(hold.body()).getJsonNumber("id").longValue();
            load.send("release", load.request("api/holds/" + holdId).header("Authorization", auth).DELETE());
        }
    }

    private static boolean isApi(Answer answer) {
        return !answer.what().equals("ready") && !answer.what().equals("setup");
    }

    private static String byStatus(List<Answer> answers) {
        return answers.stream().collect(Collectors.groupingBy(
                a -> a.status() < 0 ? "no answer" : String.valueOf(a.status()), TreeMap::new, Collectors.counting())).toString();
    }

    private static List<Long> seatIds(ShowLoad load, long showId) {
        JsonArray seats = ShowLoad.json(load.send("setup", load.request("api/shows/" + showId + "/seats")).body())
                .getJsonArray("seats");
        return seats.stream().map(JsonValue::asJsonObject).map(s -> s.getJsonNumber("id").longValue()).toList();
    }

    private static long showId(JsonArray shows, String title) {
        return shows.stream().map(JsonValue::asJsonObject).filter(s -> s.getString("title").equals(title))
                .findFirst().map(s -> s.getJsonNumber("id").longValue())
                .orElseThrow(() -> new IllegalStateException("no demo show " + title));
    }

    private static JsonArray array(String body) {
        try (var reader = Json.createReader(new StringReader(body))) {
            return reader.readArray();
        }
    }

    private void check(boolean ok, String what) {
        if (!ok) {
            failures.add(what);
        }
    }

    private static long ms(long nanos) {
        return nanos / 1_000_000;
    }

    private static String shorten(String body) {
        return body == null ? "" : body.length() > 160 ? body.substring(0, 160) + "…" : body;
    }

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
