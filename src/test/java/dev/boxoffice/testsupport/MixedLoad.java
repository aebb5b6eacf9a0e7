package dev.boxoffice.testsupport;

import jakarta.json.JsonObject;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

/**
 * Randomised clients on overlapping seats of one show, spread over several app instances: each
 * holds 1–3 adjacent seats, then books, releases or adds to its hold, and now and then cancels a
 * booking. Counts every answer by operation and status; an exception (no answer) is a transport
 * error. Seeded, so a failing run can be repeated.
 */
public final class MixedLoad {

    public record Client(Api api, User user) {
    }

    private final long showId;
    private final List<Long> seatIds;
    private final List<Client> clients;
    private final long seed;
    private final Map<String, AtomicInteger> answers = new ConcurrentHashMap<>();
    private final AtomicInteger transportErrors = new AtomicInteger();
    private final Map<String, AtomicInteger> perInstance = new ConcurrentHashMap<>();
    private final List<String> crashed = new java.util.concurrent.CopyOnWriteArrayList<>();

    public MixedLoad(long showId, List<Long> seatIds, List<Client> clients, long seed) {
        this.showId = showId;
        this.seatIds = seatIds;
        this.clients = clients;
        this.seed = seed;
    }

    public MixedLoad run(Duration duration) throws InterruptedException {
        long end = System.nanoTime() + duration.toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(clients.size());
        for (int i = 0; i < clients.size(); i++) {
            Client client = clients.get(i);
            Random random = new Random(seed + i);
            pool.submit(() -> {
                try {
                    loop(client, random, end);
                } catch (RuntimeException | Error e) {
                    crashed.add(e.toString());
                }
            });
        }
        pool.shutdown();
        if (!pool.awaitTermination(duration.toSeconds() + 120, TimeUnit.SECONDS)) {
            pool.shutdownNow();
            throw new IllegalStateException("clients did not finish");
        }
        return this;
    }

    private void loop(Client client, Random random, long end) {
        Long hold = null;
        List<String> bookings = new ArrayList<>();
        while (System.nanoTime() < end) {
            try {
                if (!bookings.isEmpty() && random.nextInt(5) == 0) {
                    count(client, "cancel", client.api().post("api/bookings/" + bookings.remove(0) + "/cancel", "", client.user()));
                } else if (hold == null || random.nextInt(4) == 0) {
                    Reply held = count(client, "hold", client.api().post("api/shows/" + showId + "/holds",
                            "{\"seat_ids\": " + someSeats(random) + "}", client.user()));
                    if (held.status() == 201) {
                        hold = held.json().getJsonNumber("id").longValue();
                    }
                } else if (random.nextInt(3) == 0) {
                    count(client, "release", client.api().delete("api/holds/" + hold, client.user()));
                    hold = null;
                } else {
                    Reply booked = count(client, "book", client.api().post("api/bookings", "{\"hold_id\": " + hold + "}", client.user()));
                    if (booked.status() == 201) {
                        JsonObject booking = booked.json();
                        bookings.add(booking.getString("reference"));
                    }
                    hold = null;
                }
            } catch (UncheckedIOException | IllegalStateException e) {
                transportErrors.incrementAndGet();
                pause(); // an instance that is gone refuses at once: do not spin
            }
        }
    }

    private String someSeats(Random random) {
        int count = 1 + random.nextInt(3);
        int first = random.nextInt(seatIds.size() - count + 1);
        return seatIds.subList(first, first + count).toString();
    }

    private static void pause() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private Reply count(Client client, String operation, Reply reply) {
        perInstance.computeIfAbsent(client.api().base().toString(), k -> new AtomicInteger()).incrementAndGet();
        answers.computeIfAbsent(operation + " " + reply.status(), k -> new AtomicInteger()).incrementAndGet();
        return reply;
    }

    /** Answers by "operation status", e.g. {"hold 201": 812, "hold 409": 1710, …}. */
    public Map<String, Integer> answers() {
        return new TreeMap<>(answers.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().get())));
    }

    /** Requests answered (any status) by each instance's base URL. */
    public Map<String, Integer> answeredPerInstance() {
        return new TreeMap<>(perInstance.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().get())));
    }

    /** Clients whose loop ended with an unexpected exception (a bug in the test or an answer of the wrong shape). */
    public List<String> crashed() {
        return crashed;
    }

    public int transportErrors() {
        return transportErrors.get();
    }

    public int total() {
        return answers().values().stream().mapToInt(Integer::intValue).sum();
    }

    public int answered(int status) {
        return answers().entrySet().stream().filter(e -> e.getKey().endsWith(" " + status)).mapToInt(Map.Entry::getValue).sum();
    }

    public int serverErrors() {
        return answers().entrySet().stream().filter(e -> Integer.parseInt(e.getKey().substring(e.getKey().lastIndexOf(' ') + 1)) >= 500)
                .mapToInt(Map.Entry::getValue).sum();
    }

    public String summary() {
        return total() + " operations, " + answered(409) + " conflicts (409), " + serverErrors() + " server errors, "
                + transportErrors() + " without answer, " + crashed.size() + " clients crashed " + crashed + "; " + answers();
    }
}
