package dev.boxoffice.bench;

import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.responseTimeInMillis;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.http.HttpRequestActionBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Every answer of a simulation by request name: status and Gatling's response time. Written as
 * target/bench/{simulation}.tsv for the report: count, unexpected answers (a status outside the
 * expected ones, or none at all), 5xx, throughput over the span of the run, p50, p99, max.
 * Beside it, target/bench/{simulation}-cpu.tsv: the app's CPU time over the measured window
 * (see {@link AppCpu}) and the answers counted in it.
 */
final class RequestLog {

    private static final Map<String, Series> SERIES = new ConcurrentHashMap<>();
    /** Answers before this instant go to a separate ", warm-up" series (see {@link #measureAfter}). */
    private static volatile long measureFrom;
    private static volatile long cpuFrom;
    private static volatile double cpuMillisAtStart = Double.NaN;
    private static final ScheduledExecutorService CLOCK = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "app-cpu-window");
        thread.setDaemon(true);
        return thread;
    });

    private RequestLog() {
    }

    /**
     * Counts answers only from {@code warmUp} from now on: Gatling's own JVM is fresh in every
     * run, and while it compiles its hot code it answers late whatever the app does.
     */
    static void measureAfter(Duration warmUp) {
        measureFrom = System.currentTimeMillis() + warmUp.toMillis();
        CLOCK.schedule(RequestLog::startCpuWindow, warmUp.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Reads the app's CPU time where the measured window starts; only the first call counts. */
    static synchronized void startCpuWindow() {
        if (cpuFrom == 0) {
            cpuFrom = System.currentTimeMillis();
            cpuMillisAtStart = AppCpu.millis();
        }
    }

    /** The request, logged; an answer whose status is not one of {@code expected} also fails the Gatling request. */
    static ChainBuilder logged(String name, HttpRequestActionBuilder request, Integer... expected) {
        Set<Integer> ok = Set.of(expected);
        return exec(session -> session.remove("status").remove("rt"))
                .exec(request.check(status().saveAs("status"), responseTimeInMillis().saveAs("rt")))
                .exec(session -> {
                    int status = session.contains("status") ? session.getInt("status") : 0;
                    long millis = session.contains("rt") ? session.getInt("rt") : -1;
                    String series = System.currentTimeMillis() < measureFrom ? name + ", warm-up" : name;
                    SERIES.computeIfAbsent(series, n -> new Series()).add(status, millis, ok.contains(status));
                    return ok.contains(status) ? session : session.markAsFailed();
                });
    }

    static void write(String simulation) {
        StringBuilder tsv = new StringBuilder("request\tcount\tunexpected\tserver_errors\tper_second\tp50_ms\tp99_ms\tmax_ms\tstatuses\n");
        new TreeMap<>(SERIES).forEach((name, series) -> tsv.append(name).append('\t').append(series.summary()).append('\n'));
        try {
            Files.createDirectories(Path.of("target", "bench"));
            Files.writeString(Path.of("target", "bench", simulation + ".tsv"), tsv);
            Files.writeString(Path.of("target", "bench", simulation + "-cpu.tsv"), cpuWindow());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        System.out.print(tsv);
    }

    /** The app's CPU time from {@link #startCpuWindow} until now, and the answers not in a warm-up series. */
    private static String cpuWindow() {
        double cpuMillis = AppCpu.millis() - cpuMillisAtStart;
        long requests = SERIES.entrySet().stream().filter(e -> !e.getKey().contains("warm-up"))
                .mapToLong(e -> e.getValue().count()).sum();
        return String.format(Locale.ROOT, "window_start_ms\twindow_end_ms\tapp_cpu_ms\trequests\tcpu_ms_per_request\n%d\t%d\t%.0f\t%d\t%.3f\n",
                cpuFrom, System.currentTimeMillis(), cpuMillis, requests, cpuMillis / requests);
    }

    private static final class Series {
        private final List<Long> millis = new ArrayList<>();
        private final Map<Integer, Integer> statuses = new TreeMap<>();
        private int unexpected;
        private long firstStart = Long.MAX_VALUE;
        private long lastEnd;

        synchronized void add(int status, long responseMillis, boolean expected) {
            long now = System.currentTimeMillis();
            firstStart = Math.min(firstStart, now - Math.max(0, responseMillis));
            lastEnd = now;
            if (responseMillis >= 0) {
                millis.add(responseMillis);
            }
            statuses.merge(status, 1, Integer::sum);
            unexpected += expected ? 0 : 1;
        }

        synchronized int count() {
            return statuses.values().stream().mapToInt(Integer::intValue).sum();
        }

        synchronized String summary() {
            long[] sorted = millis.stream().mapToLong(Long::longValue).toArray();
            Arrays.sort(sorted);
            int count = statuses.values().stream().mapToInt(Integer::intValue).sum();
            int serverErrors = statuses.entrySet().stream().filter(e -> e.getKey() >= 500).mapToInt(Map.Entry::getValue).sum();
            double seconds = Math.max(1, lastEnd - firstStart) / 1000.0;
            return String.format(Locale.ROOT, "%d\t%d\t%d\t%.1f\t%d\t%d\t%d\t%s", count, unexpected, serverErrors,
                    count / seconds, percentile(sorted, 0.50), percentile(sorted, 0.99),
                    sorted.length == 0 ? 0 : sorted[sorted.length - 1], statuses.toString().replace(" ", ""));
        }

        private static long percentile(long[] sorted, double q) {
            return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1)];
        }
    }
}
