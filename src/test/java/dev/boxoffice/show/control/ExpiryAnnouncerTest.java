package dev.boxoffice.show.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.boxoffice.show.entity.SeatChange;
import dev.boxoffice.show.entity.SeatState;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.event.Event;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Expired holds are looked at in batches: one query per show for everything due, nothing before its time. */
class ExpiryAnnouncerTest {

    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor();
    private final List<List<Long>> queries = new CopyOnWriteArrayList<>();
    private final List<SeatChange> announced = new CopyOnWriteArrayList<>();
    private final Instant now = Instant.parse("2026-11-26T10:00:00Z");
    private final ExpiryAnnouncer announcer = new ExpiryAnnouncer();

    ExpiryAnnouncerTest() {
        announcer.scheduler = proxy(ManagedScheduledExecutorService.class, executor);
        announcer.clock = Clock.fixed(now, ZoneOffset.UTC);
        announcer.catalog = new ShowCatalog() {
            @Override
            public List<Long> availableAmong(long showId, List<Long> seatIds) {
                queries.add(seatIds);
                return seatIds.stream().filter(id -> id != 2L).toList(); // seat 2 was held again meanwhile
            }
        };
        announcer.localChanges = eventsInto(announced);
    }

    @AfterEach
    void stop() {
        executor.shutdownNow();
    }

    @Test
    void everythingDueAtATickCostsOneQueryPerShowAndNothingIsAskedEarly() throws Exception {
        announcer.onHeld(new SeatChange(7, SeatState.HELD, List.of(1L, 2L), now.minusMillis(1)));
        announcer.onHeld(new SeatChange(7, SeatState.HELD, List.of(3L), now));
        announcer.onHeld(new SeatChange(7, SeatState.HELD, List.of(4L), now.plusSeconds(60)));
        announcer.onHeld(new SeatChange(7, SeatState.AVAILABLE, List.of(5L), null));

        long deadline = System.currentTimeMillis() + 5_000;
        while (announced.isEmpty() && System.currentTimeMillis() < deadline) {
            Thread.sleep(20);
        }
        Thread.sleep(3 * ExpiryAnnouncer.TICK_MILLIS);

        assertEquals(List.of(List.of(1L, 2L, 3L)), queries, "one query for the two due holds; the later one waits");
        assertEquals(1, announced.size());
        SeatChange freed = announced.get(0);
        assertEquals(7, freed.showId());
        assertEquals(SeatState.AVAILABLE, freed.status());
        assertEquals(List.of(1L, 3L), freed.seatIds(), "only the seats that are free now");
        assertTrue(freed.lockedUntil() == null);
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, Object target) {
        return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (p, method, args) -> {
            try {
                return method.invoke(target, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        });
    }

    @SuppressWarnings("unchecked")
    private static Event<SeatChange> eventsInto(List<SeatChange> fired) {
        return (Event<SeatChange>) Proxy.newProxyInstance(Event.class.getClassLoader(), new Class<?>[] {Event.class},
                (p, method, args) -> {
                    if (method.getName().equals("fire")) {
                        fired.add((SeatChange) args[0]);
                        return null;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }
}
