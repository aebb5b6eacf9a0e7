package dev.boxoffice.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The running app a simulation loads (-Dbench.url, default http://localhost:8080), the show
 * (-Dbench.show, default 2: the demo's 2,000-seat Gala Concert), how long each load lasts
 * (-Dbench.seconds) and bench accounts (bench-0, bench-1, …).
 */
final class BenchTarget {

    static final String URL = System.getProperty("bench.url", "http://localhost:8080");
    static final long SHOW = Long.getLong("bench.show", 2);
    static final int SECONDS = Integer.getInteger("bench.seconds", 30);
    /** Seconds of load before SECONDS of measurement, in the same Gatling run (-Dbench.inRunWarmup). */
    static final int IN_RUN_WARMUP = Integer.getInteger("bench.inRunWarmup", 10);
    static final int USERS = Integer.getInteger("bench.users", 16);

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static final Pattern SEAT = Pattern.compile("\"grid_col\":(\\d+),\"grid_row\":(\\d+),\"id\":(\\d+),[^}]*\"status\":\"(\\w+)\"");

    private BenchTarget() {
    }

    static String username(int i) {
        return "bench-" + i;
    }

    static String password(int i) {
        return "bench-password-" + i;
    }

    static String basic(int i) {
        return "Basic " + Base64.getEncoder().encodeToString((username(i) + ":" + password(i)).getBytes(StandardCharsets.UTF_8));
    }

    /** Seat ids of the show, row by row (grid order); with {@code freeOnly}, the seats free right now. */
    static List<List<Long>> rows(boolean freeOnly) {
        String layout = send(HttpRequest.newBuilder(URI.create(URL + "/api/hall-layout/" + SHOW + "/")).build());
        Map<Integer, List<Long>> rows = new TreeMap<>();
        Matcher seat = SEAT.matcher(layout);
        while (seat.find()) {
            if (!freeOnly || seat.group(4).equals("available")) {
                rows.computeIfAbsent(Integer.parseInt(seat.group(2)), r -> new ArrayList<>()).add(Long.parseLong(seat.group(3)));
            }
        }
        return new ArrayList<>(rows.values());
    }

    /** Signs up bench-{first} … bench-{first+n-1} where missing and logs each in once, so that no simulation measures password hashing. */
    static void prepareAccounts(int first, int n) {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        for (int i = first; i < first + n; i++) {
            int user = i;
            pool.submit(() -> {
                HTTP.send(HttpRequest.newBuilder(URI.create(URL + "/api/accounts"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"" + username(user) + "\",\"email\":\""
                                + username(user) + "@bench.invalid\",\"password\":\"" + password(user) + "\"}"))
                        .build(), HttpResponse.BodyHandlers.discarding());
                return send(HttpRequest.newBuilder(URI.create(URL + "/api/me")).header("Authorization", basic(user)).build());
            });
        }
        pool.shutdown();
        try {
            pool.awaitTermination(10, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String send(HttpRequest request) {
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(request.uri() + " answered " + response.statusCode() + ": " + response.body());
            }
            return response.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
