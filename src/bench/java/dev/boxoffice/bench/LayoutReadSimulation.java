package dev.boxoffice.bench;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;

import io.gatling.javaapi.core.ScenarioBuilder;

/**
 * Scenario 1: anonymous readers of the 2,000-seat layout, back to back, each answer the whole
 * document (no entity-tag revalidation). Uncompressed: inflating 300 kB of gzip per answer cost
 * Gatling, which shares the cores with the app, more CPU than the app spent serving it.
 */
public class LayoutReadSimulation extends MeasuredSimulation {

    private final ScenarioBuilder readers = scenario("layout read")
            .during(LOAD, false).on(
                    RequestLog.logged("layout", http("layout").get("/api/hall-layout/" + BenchTarget.SHOW + "/"), 200));

    public LayoutReadSimulation() {
        super("layout-read");
        setUp(readers.injectOpen(atOnceUsers(BenchTarget.USERS)))
                .protocols(http.baseUrl(BenchTarget.URL).disableCaching());
    }
}
