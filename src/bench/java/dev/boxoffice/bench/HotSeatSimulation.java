package dev.boxoffice.bench;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.nothingFor;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;

import io.gatling.javaapi.core.OpenInjectionStep;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpRequestActionBuilder;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Scenario 3: 200 users (200 accounts) try to hold the same free seat at the same instant;
 * exactly one may win, everybody else must get 409. Repeated for -Dbench.hotRounds seats
 * (default 5), -Dbench.hotPauseMillis (3,000) apart, to have more than one sample of the race.
 * -Dbench.hotWarmupRounds (3) rounds before those are not counted: they warm up Gatling's own
 * JVM, fresh in every run, whose first 200 simultaneous users took longer to send than the app
 * took to answer. Connections are shared between the users, as a load balancer in front of the
 * app keeps its upstream connections open.
 */
public class HotSeatSimulation extends Simulation {

    static final int CONTENDERS = Integer.getInteger("bench.hotUsers", 200);
    static final int ROUNDS = Integer.getInteger("bench.hotRounds", 5);
    /** Uncounted rounds before those: they warm up Gatling's own JVM, fresh in every run. */
    static final int WARMUP_ROUNDS = Integer.getInteger("bench.hotWarmupRounds", 3);
    static final Duration PAUSE = Duration.ofMillis(Long.getLong("bench.hotPauseMillis", 3000));
    /**
     * Seconds of refused holds before the rounds, not counted. The app's JIT compiles the path of
     * a refused hold only after tens of thousands of them, and until it has, its compiler threads
     * take half the app's CPU in every round (async-profiler): the benchmark's warm-up run sends
     * a minute of them. In the measured run, a few seconds warm up Gatling's own code for the request.
     */
    static final Duration REFUSALS = Duration.ofSeconds(Integer.getInteger("bench.hotRefusalSeconds", 0));
    /** bench-1000 and up: the winners keep their holds, which must not get in the way of the other scenarios' users. */
    private static final int FIRST_ACCOUNT = 1000;

    /** One seat per round, and one more that the refusals try to take. */
    private final List<Long> hotSeats = freeSeatsOfLastRows(WARMUP_ROUNDS + ROUNDS + 1);
    private final AtomicInteger arrivals = new AtomicInteger();
    private final AtomicInteger refusers = new AtomicInteger();

    private final ScenarioBuilder contenders = scenario("hot seat")
            .exec(session -> {
                int n = arrivals.getAndIncrement();
                if (n == WARMUP_ROUNDS * CONTENDERS) {
                    RequestLog.startCpuWindow(); // the first measured round begins
                }
                return session.set("auth", BenchTarget.basic(FIRST_ACCOUNT + n % CONTENDERS))
                        .set("seat", hotSeats.get(n / CONTENDERS)).set("round", n / CONTENDERS);
            })
            .doIfOrElse(session -> session.getInt("round") < WARMUP_ROUNDS)
            .then(RequestLog.logged("hot hold, warm-up round", holdTheHotSeat(), 201, 409))
            .orElse(RequestLog.logged("hot hold", holdTheHotSeat(), 201, 409));

    /** BenchTarget.USERS users keep trying to hold one seat, which the first of them takes. */
    private final ScenarioBuilder refusals = scenario("refused holds")
            .exec(session -> session.set("auth", BenchTarget.basic(FIRST_ACCOUNT + refusers.getAndIncrement()))
                    .set("seat", hotSeats.get(hotSeats.size() - 1)))
            .during(REFUSALS, false).on(RequestLog.logged("refused hold, warm-up", holdTheHotSeat(), 201, 409));

    {
        BenchTarget.prepareAccounts(FIRST_ACCOUNT, CONTENDERS);
        List<OpenInjectionStep> rounds = new ArrayList<>();
        for (int round = 0; round < WARMUP_ROUNDS + ROUNDS; round++) {
            if (round > 0) {
                rounds.add(nothingFor(PAUSE));
            }
            rounds.add(atOnceUsers(CONTENDERS));
        }
        PopulationBuilder races = contenders.injectOpen(rounds);
        setUp(REFUSALS.isZero() ? races : refusals.injectOpen(atOnceUsers(BenchTarget.USERS)).andThen(races))
                .protocols(http.baseUrl(BenchTarget.URL).shareConnections());
    }

    private static HttpRequestActionBuilder holdTheHotSeat() {
        return http("hold the hot seat")
                .post("/api/shows/" + BenchTarget.SHOW + "/holds")
                .header("Authorization", "#{auth}")
                .body(StringBody("{\"seat_ids\": [#{seat}]}")).asJson();
    }

    private static List<Long> freeSeatsOfLastRows(int count) {
        List<List<Long>> rows = BenchTarget.rows(true);
        List<Long> seats = new ArrayList<>();
        for (int r = rows.size() - 1; r >= 0 && seats.size() < count; r--) {
            List<Long> row = rows.get(r);
            for (int i = row.size() - 1; i >= 0 && seats.size() < count; i--) {
                seats.add(row.get(i));
            }
        }
        return seats;
    }

    @Override
    public void after() {
        RequestLog.write(System.getProperty("bench.name", "hot-seat"));
    }
}
