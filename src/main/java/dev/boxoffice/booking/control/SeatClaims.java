package dev.boxoffice.booking.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Requests of this instance that want the same seat take turns before they reach the database:
 * one goes ahead, the others wait until it has finished and then look again (a plain read), so
 * that when it took the seat they are all turned down at once.
 * <p>
 * Without this, everybody who found a hot seat free would queue on its row lock, and each loser
 * would hold that lock for a round trip to the app before the next could look. Only an optimisation: the row lock in {@link SeatHolds} still decides, also between instances,
 * and a request that has waited as long as a row lock may be waited for goes ahead unclaimed.
 */
@ApplicationScoped
public class SeatClaims {

    /** As long as a transaction may wait for a row lock (the connections' lock_timeout): no longer than the database would make it wait. */
    @Inject
    @ConfigProperty(name = "boxoffice.lock.timeout-ms", defaultValue = "3000")
    long waitLimitMillis;

    private record Seat(long showId, long seatId) {
    }

    private final ConcurrentHashMap<Seat, CompletableFuture<Void>> claimed = new ConcurrentHashMap<>();

    /**
     * Runs {@code work} with the seats claimed. While another request of this instance has one of
     * them, waits for it to finish and then runs {@code lookAgain}, which throws to turn this
     * request down (for instance when the other one took the seat).
     */
    public <T> T whileClaimed(long showId, List<Long> seatIds, Runnable lookAgain, Supplier<T> work) {
        List<Seat> seats = seatIds.stream().distinct().sorted().map(id -> new Seat(showId, id)).toList();
        CompletableFuture<Void> mine = new CompletableFuture<>();
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(waitLimitMillis);
        boolean holding = false;
        try {
            CompletableFuture<Void> ahead;
            while ((ahead = claim(seats, mine)) != null) {
                if (!waitFor(ahead, deadline)) {
                    return work.get(); // waited long enough: unclaimed, the row lock alone decides
                }
                lookAgain.run();
            }
            holding = true;
            return work.get();
        } finally {
            if (holding) {
                seats.forEach(seat -> claimed.remove(seat, mine));
            }
            mine.complete(null);
        }
    }

    /** Claims all seats, or none: returns the claim of another request that stands in the way. */
    private CompletableFuture<Void> claim(List<Seat> seats, CompletableFuture<Void> mine) {
        List<Seat> taken = new ArrayList<>();
        for (Seat seat : seats) {
            CompletableFuture<Void> other = claimed.putIfAbsent(seat, mine);
            if (other != null) {
                taken.forEach(own -> claimed.remove(own, mine));
                return other;
            }
            taken.add(seat);
        }
        return null;
    }

    private static boolean waitFor(CompletableFuture<Void> ahead, long deadline) {
        try {
            ahead.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (ExecutionException e) {
            return true; // never completed exceptionally; treated as finished
        }
    }
}
