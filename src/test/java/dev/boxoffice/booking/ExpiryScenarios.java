package dev.boxoffice.booking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.boxoffice.testsupport.Api;
import dev.boxoffice.testsupport.TestData;
import dev.boxoffice.testsupport.TestData.ShowFixture;
import dev.boxoffice.testsupport.User;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Expiry with a short TTL: the hold's expiry is pulled to 2 s from now in the database, then
 * the public map must show the seat free from that instant on, and the cleanup timer
 * (BOXOFFICE_CLEANUP_SECONDS=2 in the test run) must return the row to AVAILABLE.
 */
public class ExpiryScenarios extends BookingSteps {

    public ExpiryScenarios(Api api) {
        super(api);
    }

    public void expiredSeatIsFreeOnReadAndReleasedByTimer() throws InterruptedException {
        ShowFixture show = TestData.show("Expiry", 1, 3);
        long seat = show.seatIds().get(0);
        User holder = TestData.user("expiring");
        User viewer = TestData.user("viewer");
        long holdId = holdOk(holder, show.showId(), List.of(seat));
        TestData.update("UPDATE hold SET expires_at = now() + interval '2 seconds' WHERE id = ?", holdId);
        Instant expiresAt = Instant.parse(api.get("api/holds/" + holdId, holder).json().getString("expires_at"));

        assertEquals("held", status(show.showId(), seat, viewer));
        Instant freeSeenAt = null;
        while (Instant.now().isBefore(expiresAt.plusSeconds(3))) {
            Instant askedAt = Instant.now();
            String state = status(show.showId(), seat, viewer);
            Instant answeredAt = Instant.now();
            if (state.equals("available")) {
                freeSeenAt = answeredAt;
                break;
            }
            // the server decided at some instant between askedAt and answeredAt
            assertTrue(askedAt.isBefore(expiresAt.plusMillis(5)), "still held after its expiry, asked at " + askedAt);
            Thread.sleep(20);
        }
        assertTrue(freeSeenAt != null && !freeSeenAt.isBefore(expiresAt), "free at, not before, expiry: " + freeSeenAt);
        assertTrue(freeSeenAt.isBefore(expiresAt.plusMillis(500)), "free within moments of expiry: " + freeSeenAt);

        Instant deadline = Instant.now().plus(Duration.ofSeconds(15));
        while (!"AVAILABLE".equals(rowStatus(show.showId(), seat)) && Instant.now().isBefore(deadline)) {
            Thread.sleep(200);
        }
        assertEquals("AVAILABLE", rowStatus(show.showId(), seat), "the timer released the row");
        deadline = Instant.now().plus(Duration.ofSeconds(15));
        while (!"EXPIRED".equals(holdStatus(holdId)) && Instant.now().isBefore(deadline)) {
            Thread.sleep(200);
        }
        assertEquals("EXPIRED", holdStatus(holdId));
        assertFalse(api.get("api/holds/" + holdId, holder).json().getString("status").equals("active"));
        holdOk(viewer, show.showId(), List.of(seat));
    }

    public void expiredSeatCanBeTakenBeforeTimerRuns() {
        ShowFixture show = TestData.show("Expired takeover", 1, 3);
        long seat = show.seatIds().get(0);
        User holder = TestData.user("slow");
        long holdId = holdOk(holder, show.showId(), List.of(seat, show.seatIds().get(1)));
        TestData.update("UPDATE hold SET created_at = now() - interval '10 minutes',"
                + " expires_at = now() - interval '1 millisecond' WHERE id = ?", holdId);
        User taker = TestData.user("quick");
        holdOk(taker, show.showId(), List.of(seat));
        assertEquals("held", status(show.showId(), seat, taker));
        assertTrue(seat(show.showId(), seat, taker).getBoolean("mine"));
        assertProblem(book(holder, holdId), 410);
    }

    private static String rowStatus(long showId, long seatId) {
        return TestData.text("SELECT status FROM show_seat WHERE show_id = ? AND seat_id = ?", showId, seatId);
    }

    private static String holdStatus(long holdId) {
        return TestData.text("SELECT status FROM hold WHERE id = ?", holdId);
    }
}
