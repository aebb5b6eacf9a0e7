package dev.boxoffice.booking.boundary;

import dev.boxoffice.show.entity.SeatState;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonBuilderFactory;
import java.util.List;

/**
 * The seat map as compact JSON for the page's client-side grid: one array per seat,
 * [id, row, number, gridRow, gridCol, category, state, lockedUntilMillis], where state is
 * a(vailable), h(eld by someone else), m(ine) or b(ooked). 10,000 seats stay a few hundred KB.
 */
final class SeatMapData {

    /** Made once: each {@code Json.createArrayBuilder()} looks the JSON provider up with a ServiceLoader scan. */
    private static final JsonBuilderFactory JSON = Json.createBuilderFactory(null);

    private SeatMapData() {
    }

    static String toJson(List<SeatState> seats) {
        JsonArrayBuilder all = JSON.createArrayBuilder();
        for (SeatState seat : seats) {
            JsonArrayBuilder one = JSON.createArrayBuilder()
                    .add(seat.id()).add(seat.row()).add(seat.number())
                    .add(seat.gridRow()).add(seat.gridCol()).add(seat.category().toLowerCase())
                    .add(state(seat));
            if (seat.lockedUntil() == null) {
                one.addNull();
            } else {
                one.add(seat.lockedUntil().toEpochMilli());
            }
            all.add(one);
        }
        return all.build().toString();
    }

    private static String state(SeatState seat) {
        return switch (seat.status()) {
            case SeatState.BOOKED -> "b";
            case SeatState.HELD -> seat.mine() ? "m" : "h";
            default -> "a";
        };
    }
}
