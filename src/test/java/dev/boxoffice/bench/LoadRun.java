package dev.boxoffice.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** N clients repeating one operation for a while; reports throughput and latency percentiles. */
final class LoadRun {

    interface Operation {
        void run(int client) throws Exception;
    }

    private final String name;
    private final int clients;
    private final Operation operation;

    LoadRun(String name, int clients, Operation operation) {
        this.name = name;
        this.clients = clients;
        this.operation = operation;
    }

    String run(int seconds) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        List<List<Long>> latencies = new ArrayList<>();
        AtomicInteger errors = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        for (int c = 0; c < clients; c++) {
            List<Long> mine = new ArrayList<>();
            latencies.add(mine);
            int client = c;
            pool.submit(() -> {
                while (System.nanoTime() < end) {
                    long start = System.nanoTime();
                    try {
                        operation.run(client);
                        mine.add(System.nanoTime() - start);
                    } catch (Exception e) {
                        errors.incrementAndGet();
                    }
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(seconds + 120L, TimeUnit.SECONDS);
        List<Long> all = new ArrayList<>();
        latencies.forEach(all::addAll);
        Collections.sort(all);
        if (all.isEmpty()) {
            return name + ": no successful operation, " + errors.get() + " errors";
        }
        return String.format(Locale.ROOT, "%-30s %8.1f ops/s  p50 %6.1f ms  p99 %6.1f ms  max %6.1f ms  errors %d",
                name, all.size() / (double) seconds, ms(all, 0.50), ms(all, 0.99), all.get(all.size() - 1) / 1e6, errors.get());
    }

    private static double ms(List<Long> sorted, double quantile) {
        return sorted.get(Math.min(sorted.size() - 1, (int) (sorted.size() * quantile))) / 1e6;
    }
}
