package dev.boxoffice.show.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.boxoffice.platform.JsonConfig;
import dev.boxoffice.show.entity.SeatPlace;
import dev.boxoffice.show.entity.SeatState;
import dev.boxoffice.show.entity.TakenSeat;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The hand-written seats array is byte for byte what JSON-B writes for the same seat states. */
class SeatFragmentsTest {

    private static final Instant UNTIL = Instant.parse("2026-11-26T10:05:00.123456Z");
    private static final List<SeatPlace> PLACES = List.of(
            new SeatPlace(41, "A", 1, "STANDARD", 0, 0),
            new SeatPlace(42, "A", 2, "WHEELCHAIR", 0, 1),
            new SeatPlace(43, "B \"quoted\"\\", 1, "PREMIUM", 1, 0),
            new SeatPlace(44, "B", 2, "PREMIUM", 1, 1));

    @Test
    void writesWhatJsonbWritesForEveryState() {
        Map<Long, TakenSeat> taken = Map.of(
                42L, new TakenSeat(42, false, 7L, UNTIL),
                43L, new TakenSeat(43, true, null, null),
                44L, new TakenSeat(44, false, 9L, UNTIL));
        List<SeatState> expected = List.of(
                new SeatState(41, "A", 1, "STANDARD", 0, 0, SeatState.AVAILABLE, null, null, false),
                new SeatState(42, "A", 2, "WHEELCHAIR", 0, 1, SeatState.HELD, 7L, UNTIL, true),
                new SeatState(43, "B \"quoted\"\\", 1, "PREMIUM", 1, 0, SeatState.BOOKED, null, null, false),
                new SeatState(44, "B", 2, "PREMIUM", 1, 1, SeatState.HELD, null, UNTIL, false));

        StringBuilder json = new StringBuilder();
        new SeatFragments(PLACES).appendTo(json, taken, 7L);

        assertEquals(JsonConfig.jsonb().toJson(expected), json.toString());
    }

    @Test
    void allFreeForAnonymous() {
        List<SeatState> expected = PLACES.stream()
                .map(p -> new SeatState(p.id(), p.row(), p.number(), p.category(), p.gridRow(), p.gridCol(),
                        SeatState.AVAILABLE, null, null, false))
                .toList();
        StringBuilder json = new StringBuilder();
        new SeatFragments(PLACES).appendTo(json, Map.of(), null);
        assertEquals(JsonConfig.jsonb().toJson(expected), json.toString());
    }
}
