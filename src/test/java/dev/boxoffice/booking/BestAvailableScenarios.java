package dev.boxoffice.booking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.boxoffice.testsupport.Api;
import dev.boxoffice.testsupport.Reply;
import dev.boxoffice.testsupport.TestData;
import dev.boxoffice.testsupport.TestData.ShowFixture;
import dev.boxoffice.testsupport.User;
import jakarta.json.JsonNumber;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/** POST /api/shows/{id}/holds with {count, category?}: the best adjacent seats, chosen under the same locks. */
public class BestAvailableScenarios extends BookingSteps {

    public BestAvailableScenarios(Api api) {
        super(api);
    }

    public void bestAvailableHoldsAdjacentSeatsInOneRow() {
        ShowFixture show = TestData.show("Best", 6, 10);
        User user = TestData.user("best");
        Reply held = api.post("api/shows/" + show.showId() + "/holds", "{\"count\": 4}", user);
        assertEquals(201, held.status(), held.toString());
        List<Long> seats = held.json().getJsonArray("seat_ids").getValuesAs(JsonNumber::longValue);
        assertEquals(4, seats.size());
        List<Integer> positions = seats.stream().map(show.seatIds()::indexOf).sorted().toList();
        int row = positions.get(0) / 10;
        assertTrue(positions.stream().allMatch(p -> p / 10 == row), "one row: " + positions);
        assertEquals(3, positions.get(3) - positions.get(0), "adjacent: " + positions);
        assertEquals(List.of(3, 4, 5, 6), positions.stream().map(p -> p % 10).toList(), "centred: " + positions);
    }

    public void bestAvailableAvoidsLeavingASingleSeat() {
        ShowFixture show = TestData.show("Orphans", 1, 8);
        List<Long> s = show.seatIds();
        User blocker = TestData.user("blocker");
        // free: 0 1 2 3 4 5 _ 7 (seat 6 taken). The most central pair, 3-4, would strand seat 5.
        assertEquals(201, hold(blocker, show.showId(), List.of(s.get(6))).status());
        Reply held = api.post("api/shows/" + show.showId() + "/holds", "{\"count\": 2}", TestData.user("pair"));
        assertEquals(201, held.status(), held.toString());
        List<Long> chosen = held.json().getJsonArray("seat_ids").getValuesAs(JsonNumber::longValue);
        assertTrue(chosen.equals(List.of(s.get(2), s.get(3))) || chosen.equals(List.of(s.get(4), s.get(5))),
                "no single seat left next to the pair: " + chosen.stream().map(s::indexOf).toList());
        Reply none = api.post("api/shows/" + show.showId() + "/holds", "{\"count\": 5}", TestData.user("group"));
        assertEquals(409, none.status(), none.toString());
        assertTrue(none.json().getString("type").endsWith("no-adjacent-seats"));
        assertEquals(422, api.post("api/shows/" + show.showId() + "/holds", "{\"count\": 0}", blocker).status());
        assertEquals(422, api.post("api/shows/" + show.showId() + "/holds", "{\"count\": 2, \"category\": \"VIP\"}", blocker).status());
    }

    public void concurrentBestAvailableRequestsNeverOverlap() throws InterruptedException {
        ShowFixture show = TestData.show("Best race", 10, 20);
        int clients = 20;
        List<User> users = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            users.add(TestData.user("bestrace"));
        }
        ConcurrentLinkedQueue<Reply> replies = new ConcurrentLinkedQueue<>();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        for (User user : users) {
            pool.submit(() -> {
                start.await();
                replies.add(api.post("api/shows/" + show.showId() + "/holds", "{\"count\": 3}", user));
                return null;
            });
        }
        start.countDown();
        pool.shutdown();
        assertTrue(pool.awaitTermination(120, TimeUnit.SECONDS));
        Set<Long> taken = new HashSet<>();
        for (Reply reply : replies) {
            assertEquals(201, reply.status(), "200 seats hold 20 groups of 3: " + reply);
            for (long seat : reply.json().getJsonArray("seat_ids").getValuesAs(JsonNumber::longValue)) {
                assertTrue(taken.add(seat), "seat chosen twice: " + seat);
            }
        }
        assertEquals(60, taken.size());
        assertEquals(60, TestData.scalar("SELECT count(*) FROM show_seat WHERE show_id = ? AND status = 'HELD'", show.showId()));
    }
}
