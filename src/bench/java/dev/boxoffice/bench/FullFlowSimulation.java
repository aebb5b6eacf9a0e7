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

/** Scenario 4: hold 2 seats of the user's own row (rows 20–35), book the hold, cancel the booking; again and again. */
public class FullFlowSimulation extends MeasuredSimulation {

    private final List<List<Long>> rows = BenchTarget.rows(false);
    private final AtomicInteger arrivals = new AtomicInteger();

    private final ScenarioBuilder buyers = scenario("hold, book, cancel")
            .exec(session -> {
                int user = arrivals.getAndIncrement();
                return session.set("auth", BenchTarget.basic(user)).set("row", 20 + user).set("block", 0);
            })
            .during(LOAD, false).on( // false: a started iteration finishes
                    exec(session -> {
                        List<Long> row = rows.get(session.getInt("row") % rows.size());
                        int block = session.getInt("block");
                        int start = 2 * (block % (row.size() / 2));
                        return session.set("seats", row.subList(start, start + 2).toString()).set("block", block + 1);
                    }).exec(RequestLog.logged("flow hold", http("flow: hold 2 seats")
                            .post("/api/shows/" + BenchTarget.SHOW + "/holds")
                            .header("Authorization", "#{auth}")
                            .body(StringBody("{\"seat_ids\": #{seats}}")).asJson()
                            .check(headerRegex("Location", "/holds/([0-9]+)$").optional().saveAs("hold")), 201))
                    .doIf(session -> session.contains("hold")).then(
                            RequestLog.logged("flow book", http("flow: book")
                                    .post("/api/bookings").header("Authorization", "#{auth}")
                                    .body(StringBody("{\"hold_id\": #{hold}}")).asJson()
                                    .check(headerRegex("Location", "/bookings/([^/]+)$").optional().saveAs("reference")), 201))
                    .doIf(session -> session.contains("reference")).then(
                            RequestLog.logged("flow cancel", http("flow: cancel")
                                    .post("/api/bookings/#{reference}/cancel").header("Authorization", "#{auth}"), 200))
                    .exec(session -> session.remove("hold").remove("reference")));

    public FullFlowSimulation() {
        super("full-flow");
        BenchTarget.prepareAccounts(0, BenchTarget.USERS);
        setUp(buyers.injectOpen(atOnceUsers(BenchTarget.USERS))).protocols(http.baseUrl(BenchTarget.URL));
    }
}
