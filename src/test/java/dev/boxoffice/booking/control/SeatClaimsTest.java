package dev.boxoffice.booking.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Requests for the same seat take turns and look again; other seats and other shows never wait. */
class SeatClaimsTest {

    private final SeatClaims claims = new SeatClaims();
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final CountDownLatch firstInside = new CountDownLatch(1);
    private final CountDownLatch firstMayFinish = new CountDownLatch(1);

    SeatClaimsTest() {
        claims.waitLimitMillis = 5_000;
    }

    @AfterEach
    void stop() {
        firstMayFinish.countDown();
        threads.shutdownNow();
    }

    /** A request for show 1, seats 3 and 4 that stays inside its work until told to finish. */
    private Future<String> firstRequest() {
        return threads.submit(() -> claims.whileClaimed(1, List.of(4L, 3L), () -> { }, () -> {
            firstInside.countDown();
            await(firstMayFinish);
            return "first";
        }));
    }

    @Test
    void aRequestForAClaimedSeatWaitsThenLooksAgainAndIsTurnedDown() throws Exception {
        Future<String> first = firstRequest();
        assertTrue(firstInside.await(5, TimeUnit.SECONDS));
        AtomicBoolean lookedAgain = new AtomicBoolean();
        AtomicBoolean secondWorked = new AtomicBoolean();
        Future<String> second = threads.submit(() -> claims.whileClaimed(1, List.of(4L), () -> {
            lookedAgain.set(true);
            throw new IllegalStateException("taken meanwhile");
        }, () -> {
            secondWorked.set(true);
            return "second";
        }));
        Thread.sleep(200);
        assertFalse(second.isDone(), "waits while the first request has the seat");
        assertFalse(lookedAgain.get());

        firstMayFinish.countDown();
        assertEquals("first", first.get(5, TimeUnit.SECONDS));
        Exception refused = assertThrows(Exception.class, () -> second.get(5, TimeUnit.SECONDS));
        assertTrue(refused.getCause() instanceof IllegalStateException, refused.toString());
        assertTrue(lookedAgain.get());
        assertFalse(secondWorked.get(), "turned down without reaching the database");
    }

    @Test
    void aRequestThatStillFindsItsSeatsFreeGoesAheadAfterTheOther() throws Exception {
        Future<String> first = firstRequest();
        assertTrue(firstInside.await(5, TimeUnit.SECONDS));
        Future<String> second = threads.submit(() -> claims.whileClaimed(1, List.of(3L, 9L), () -> { }, () -> "second"));
        Thread.sleep(100);
        assertFalse(second.isDone());
        firstMayFinish.countDown();
        assertEquals("second", second.get(5, TimeUnit.SECONDS));
        assertEquals("first", first.get(5, TimeUnit.SECONDS));
    }

    @Test
    void otherSeatsAndOtherShowsDoNotWait() throws Exception {
        firstRequest();
        assertTrue(firstInside.await(5, TimeUnit.SECONDS));
        assertEquals("other seat", claims.whileClaimed(1, List.of(5L), () -> { }, () -> "other seat"));
        assertEquals("other show", claims.whileClaimed(2, List.of(3L, 4L), () -> { }, () -> "other show"));
    }

    @Test
    void afterTheWaitLimitARequestGoesAheadUnclaimed() throws Exception {
        claims.waitLimitMillis = 200;
        firstRequest();
        assertTrue(firstInside.await(5, TimeUnit.SECONDS));
        long start = System.nanoTime();
        assertEquals("went ahead", claims.whileClaimed(1, List.of(3L), () -> { }, () -> "went ahead"));
        assertTrue(System.nanoTime() - start >= TimeUnit.MILLISECONDS.toNanos(200));
    }

    @Test
    void aFailedRequestLeavesItsSeatsFree() {
        assertThrows(IllegalStateException.class, () -> claims.whileClaimed(1, List.of(7L), () -> { }, () -> {
            throw new IllegalStateException("lost under the lock");
        }));
        CompletableFuture<String> next = CompletableFuture.supplyAsync(
                () -> claims.whileClaimed(1, List.of(7L), () -> { }, () -> "next"), threads);
        assertEquals("next", next.join());
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
