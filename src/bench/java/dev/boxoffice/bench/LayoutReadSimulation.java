package dev.boxoffice.bench;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import java.time.Duration;

/**
 * Scenario 1: anonymous readers of the 2,000-seat layout, as a browser asks for it (gzip
 * accepted), back to back; no entity-tag revalidation, so every answer is the whole layout.
 */
public class LayoutReadSimulation extends Simulation {

    private final ScenarioBuilder readers = scenario("layout read")
            .during(Duration.ofSeconds(BenchTarget.SECONDS), false).on(
                    RequestLog.logged("layout", http("layout").get("/api/hall-layout/" + BenchTarget.SHOW + "/"), 200));

    {
        setUp(readers.injectOpen(atOnceUsers(BenchTarget.USERS)))
                .protocols(http.baseUrl(BenchTarget.URL).acceptEncodingHeader("gzip, deflate").disableCaching());
    }

    @Override
    public void after() {
        RequestLog.write("layout-read");
    }
}
