package dev.boxoffice.show.entity;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** What changes about a show's layout between two reads: its header and the seats taken right now (by seat id). */
public record LayoutState(String title, String hallName, String venueName, Instant startsAt, boolean draft,
                          List<TakenSeat> taken) {

    /** The taken seats by seat id. */
    public Map<Long, TakenSeat> takenBySeat() {
        Map<Long, TakenSeat> bySeat = new HashMap<>();
        taken.forEach(seat -> bySeat.put(seat.seatId(), seat));
        return bySeat;
    }
}
