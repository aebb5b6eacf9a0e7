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
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Many clients at once, each holding a few adjacent seats of one small row (so most requests
 * overlap) and booking what it got. Afterwards SQL must prove that no seat was sold twice.
 */
public class RaceScenarios extends BookingSteps {

    private static final int CLIENTS = 60;
    private static final int SEATS = 24;

    public RaceScenarios(Api api) {
        super(api);
    }

    public void concurrentOverlappingHoldsNeverSellASeatTwice() throws InterruptedException {
        ShowFixture show = TestData.show("Race", 1, SEATS);
        List<User> users = new ArrayList<>();
        for (int i = 0; i < CLIENTS; i++) {
            users.add(TestData.user("racer"));
        }
        Queue results = new Queue();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        Random random = new Random(42);
        for (User user : users) {
            int first = random.nextInt(SEATS - 3);
            List<Long> wanted = new ArrayList<>(show.seatIds().subList(first, first + 2 + random.nextInt(3)));
            Collections.shuffle(wanted, random);
            pool.submit(() -> {
                start.await();
                Reply held = hold(user, show.showId(), wanted);
                results.holds.add(held.status());
                if (held.status() == 201) {
                    Reply booked = book(user, held.json().getJsonNumber("id").longValue());
                    results.bookings.add(booked.status());
                    if (booked.status() == 201) {
                        results.sold.add(booked.json().getJsonArray("seat_ids").getValuesAs(JsonNumber::longValue));
                    }
                }
                return null;
            });
        }
        start.countDown();
        pool.shutdown();
        assertTrue(pool.awaitTermination(120, TimeUnit.SECONDS), "clients finished");

        assertTrue(results.holds.stream().allMatch(s -> s == 201 || s == 409), "only 201 or 409: " + results.holds);
        assertTrue(results.bookings.stream().allMatch(s -> s == 201), "a fresh own hold always books: " + results.bookings);
        assertTrue(results.sold.size() >= 2, "several clients won seats: " + results.sold.size());
        Set<Long> soldSeats = new HashSet<>();
        results.sold.forEach(seats -> seats.forEach(seat -> assertTrue(soldSeats.add(seat), "seat sold twice: " + seat)));

        long showId = show.showId();
        assertEquals(0, TestData.scalar("SELECT count(*) FROM (SELECT show_seat_id FROM booking_seat WHERE show_id = ?"
                + " AND confirmed GROUP BY show_seat_id HAVING count(*) > 1) twice", showId), "no seat in two bookings");
        assertEquals(0, TestData.scalar("SELECT count(*) FROM (SELECT id FROM show_seat WHERE show_id = ? AND hold_id IS NOT NULL"
                + " AND booking_id IS NOT NULL) held_and_booked", showId), "no seat both held and booked");
        assertEquals(soldSeats.size(), TestData.scalar("SELECT count(*) FROM show_seat ss JOIN booking_seat bs"
                + " ON bs.show_seat_id = ss.id AND bs.booking_id = ss.booking_id AND bs.confirmed"
                + " WHERE ss.show_id = ? AND ss.status = 'BOOKED'", showId), "every sold seat booked exactly once");
        assertEquals(soldSeats.size(), TestData.scalar("SELECT count(*) FROM show_seat WHERE show_id = ? AND status <> 'AVAILABLE'",
                showId), "nothing else is held or booked");
    }

    private static final class Queue {
        final ConcurrentLinkedQueue<Integer> holds = new ConcurrentLinkedQueue<>();
        final ConcurrentLinkedQueue<Integer> bookings = new ConcurrentLinkedQueue<>();
        final ConcurrentLinkedQueue<List<Long>> sold = new ConcurrentLinkedQueue<>();
    }
}
