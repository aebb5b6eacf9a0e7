package dev.boxoffice.booking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.boxoffice.testsupport.Api;
import dev.boxoffice.testsupport.Invariant;
import dev.boxoffice.testsupport.MixedLoad;
import dev.boxoffice.testsupport.SecondInstance;
import dev.boxoffice.testsupport.TestData;
import dev.boxoffice.testsupport.TestData.ShowFixture;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Two instances on one database under randomised load on overlapping seats (the short version of
 * src/bench/multi-instance.sh): afterwards SQL proves the promise, and both instances' expiry
 * timers release the rest without errors and without doing any release twice.
 */
public class MultiInstanceScenarios {

    private static final int CLIENTS = 64;
    private static final Duration LOAD = Duration.ofSeconds(Long.getLong("multi.seconds", 6));

    private final Api api;

    public MultiInstanceScenarios(Api api) {
        this.api = api;
    }

    public void randomLoadOnTwoInstancesKeepsTheInvariant() throws Exception {
        ShowFixture show = TestData.show("Two instances under load", 2, 12);
        Api second = SecondInstance.api();
        List<MixedLoad.Client> clients = new ArrayList<>();
        for (int i = 0; i < CLIENTS; i++) {
            clients.add(new MixedLoad.Client(i % 2 == 0 ? api : second, TestData.user("multi")));
        }

        MixedLoad load = new MixedLoad(show.showId(), show.seatIds(), clients, 20261126L).run(LOAD);
        System.out.println("Two instances, " + CLIENTS + " clients, " + LOAD.toSeconds() + " s: " + load.summary());

        assertEquals(0, load.serverErrors(), load.summary());
        assertEquals(0, load.transportErrors(), load.summary());
        assertTrue(load.crashed().isEmpty(), load.summary());
        assertTrue(load.answers().getOrDefault("book 201", 0) > 0 && load.answers().getOrDefault("hold 409", 0) > 0,
                "real contention: some bookings won, some holds lost: " + load.summary());
        Map<String, Long> violations = TestData.invariantViolations();
        System.out.println("Invariant checks: " + violations);
        assertTrue(Invariant.holds(violations), violations.toString());
        assertEquals(TestData.scalar("SELECT count(*) FROM booking_seat bs JOIN booking b ON b.id = bs.booking_id"
                        + " WHERE bs.show_id = ? AND bs.confirmed AND b.status = 'CONFIRMED'", show.showId()),
                TestData.scalar("SELECT count(*) FROM show_seat WHERE show_id = ? AND status = 'BOOKED'", show.showId()),
                "booked seats = seats of confirmed bookings");

        bothExpiryTimersReleaseTheRestOnce(show.showId());
    }

    /** Lets the remaining holds run out (by moving their end into the past) and waits for the timers of both instances. */
    private void bothExpiryTimersReleaseTheRestOnce(long showId) throws InterruptedException, IOException {
        long held = TestData.scalar("SELECT count(*) FROM show_seat WHERE show_id = ? AND status = 'HELD'", showId);
        TestData.update("UPDATE hold SET created_at = now() - interval '2 seconds', expires_at = now() - interval '1 second' WHERE show_id = ? AND status = 'ACTIVE'", showId);
        Instant deadline = Instant.now().plusSeconds(30);
        while (TestData.scalar("SELECT count(*) FROM hold WHERE show_id = ? AND status = 'ACTIVE'", showId) > 0
                || TestData.scalar("SELECT count(*) FROM show_seat WHERE show_id = ? AND status = 'HELD'", showId) > 0) {
            assertTrue(Instant.now().isBefore(deadline), "expired holds released within 30 s");
            Thread.sleep(200);
        }
        System.out.println("Expiry timers released " + held + " held seats");
        Map<String, Long> violations = TestData.invariantViolations();
        assertTrue(Invariant.holds(violations), "after expiry: " + violations);
        String secondLog = Files.readString(Path.of("target", SecondInstance.NAME + ".log"));
        assertFalse(secondLog.contains("Releasing expired holds failed"), "second instance's timer ran without errors");
    }
}
