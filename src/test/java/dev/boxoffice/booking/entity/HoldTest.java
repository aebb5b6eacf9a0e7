package dev.boxoffice.booking.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class HoldTest {

    private static final Instant CREATED = Instant.parse("2026-11-26T20:00:00Z");
    private static final Duration TTL = Duration.ofSeconds(300);

    @Test
    void holdIsLiveUntilTheExactMomentItExpires() {
        Hold hold = new Hold(1, 2, CREATED, TTL);
        Instant expiry = CREATED.plus(TTL);
        assertEquals(expiry, hold.expiresAt());
        assertTrue(hold.isLiveAt(expiry.minusMillis(1)));
        assertFalse(hold.isLiveAt(expiry), "expired at, not after, its expiry");
        assertEquals(HoldStatus.EXPIRED, hold.stateAt(expiry));
        assertEquals(HoldStatus.ACTIVE, hold.stateAt(expiry.minusMillis(1)));
    }

    @Test
    void addingSeatsNeverMovesTheExpiry() {
        Hold hold = new Hold(1, 2, CREATED, TTL);
        hold.addSeats(2);
        hold.addSeats(3);
        assertEquals(5, hold.seatCount());
        assertEquals(CREATED.plus(TTL), hold.expiresAt());
    }

    @Test
    void holdEndsAsBookedOnceItsLastSeatIsBooked() {
        Hold hold = new Hold(1, 2, CREATED, TTL);
        hold.addSeats(2);
        hold.seatsBooked(1);
        assertEquals(HoldStatus.ACTIVE, hold.status());
        hold.seatsBooked(1);
        assertEquals(HoldStatus.BOOKED, hold.status());
        assertFalse(hold.isLiveAt(CREATED));
    }

    @Test
    void releasedHoldIsNotLiveEvenBeforeItsExpiry() {
        Hold hold = new Hold(1, 2, CREATED, TTL);
        hold.release();
        assertFalse(hold.isLiveAt(CREATED.plusSeconds(1)));
        assertEquals(HoldStatus.RELEASED, hold.stateAt(CREATED.plus(TTL).plusSeconds(1)));
    }

    @Test
    void onlyTheOwnerOwnsAHold() {
        Hold hold = new Hold(7, 2, CREATED, TTL);
        assertTrue(hold.isOwnedBy(7));
        assertFalse(hold.isOwnedBy(8));
    }
}
