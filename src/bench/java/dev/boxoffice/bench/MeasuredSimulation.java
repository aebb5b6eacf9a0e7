package dev.boxoffice.bench;

import io.gatling.javaapi.core.Simulation;
import java.time.Duration;

/**
 * A simulation whose users keep going for {@link #LOAD}: -Dbench.inRunWarmup seconds that are not
 * counted (Gatling's own JVM is fresh in every run and answers late while it compiles), then
 * -Dbench.seconds that are. Its answers are written to target/bench/{name}.tsv, or under
 * -Dbench.name when given (one simulation measured in several settings in one run).
 */
abstract class MeasuredSimulation extends Simulation {

    static final Duration LOAD = Duration.ofSeconds(BenchTarget.IN_RUN_WARMUP + BenchTarget.SECONDS);

    private final String name;

    MeasuredSimulation(String name) {
        this.name = System.getProperty("bench.name", name);
    }

    @Override
    public void before() {
        RequestLog.measureAfter(Duration.ofSeconds(BenchTarget.IN_RUN_WARMUP));
    }

    @Override
    public void after() {
        RequestLog.write(name);
    }
}
