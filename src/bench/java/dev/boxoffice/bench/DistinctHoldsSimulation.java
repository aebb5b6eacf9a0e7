package dev.boxoffice.bench;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.headerRegex;
import static io.gatling.javaapi.http.HttpDsl.http;

import io.gatling.javaapi.core.ScenarioBuilder;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Scenario 2: user n holds 4 seats of its own row n+1 (grid order, blocks of 4 in turn), then
 * releases them; no two users ever want the same seat. The show needs a row per user and one more
 * (src/bench/run.sh runs it on the demo's 10,000-seat show, 100 rows, for 64 users).
 */
public class DistinctHoldsSimulation extends MeasuredSimulation {

    private final List<List<Long>> rows = BenchTarget.rows(false);
    private final AtomicInteger arrivals = new AtomicInteger();

    private final ScenarioBuilder holders = scenario("distinct holds")
            .exec(session -> {
                int user = arrivals.getAndIncrement();
                return session.set("auth", BenchTarget.basic(user)).set("row", 1 + user).set("block", 0);
            })
            .during(LOAD, false).on( // false: a started iteration finishes
                    exec(session -> {
                        List<Long> row = rows.get(session.getInt("row"));
                        int block = session.getInt("block");
                        int start = 4 * (block % (row.size() / 4));
                        return session.set("seats", row.subList(start, start + 4).toString()).set("block", block + 1);
                    }).exec(RequestLog.logged("hold", http("hold 4 seats")
                            .post("/api/shows/" + BenchTarget.SHOW + "/holds")
                            .header("Authorization", "#{auth}")
                            .body(StringBody("{\"seat_ids\": #{seats}}")).asJson()
                            .check(headerRegex("Location", "/holds/([0-9]+)$").optional().saveAs("hold")), 201))
                    .doIf(session -> session.contains("hold")).then(
                            RequestLog.logged("release", http("release")
                                    .delete("/api/holds/#{hold}").header("Authorization", "#{auth}"), 204))
                    .exec(session -> session.remove("hold")));

    public DistinctHoldsSimulation() {
        super("distinct-holds");
        BenchTarget.prepareAccounts(0, BenchTarget.USERS);
        setUp(holders.injectOpen(atOnceUsers(BenchTarget.USERS))).protocols(http.baseUrl(BenchTarget.URL));
    }
}
