package dev.boxoffice.show.control;

import dev.boxoffice.show.entity.SeatPlace;
import dev.boxoffice.show.entity.TakenSeat;
import java.util.List;
import java.util.Map;

/**
 * The seats array of a layout, written by hand from pre-rendered pieces: the static part of
 * every seat is JSON once per show, so a read only splices in the seats that are taken. Same
 * names and order as the JSON-B form of {@code SeatState} (snake_case, alphabetical, nulls).
 */
final class SeatFragments {

    private final long[] ids;
    private final String[] heads;
    private final String[] tails;
    private final String[] free;
    private final int size;

    SeatFragments(List<SeatPlace> places) {
        int n = places.size();
        ids = new long[n];
        heads = new String[n];
        tails = new String[n];
        free = new String[n];
        int total = 0;
        for (int i = 0; i < n; i++) {
            SeatPlace p = places.get(i);
            ids[i] = p.id();
            heads[i] = "{\"category\":" + JsonText.quote(p.category()) + ",\"grid_col\":" + p.gridCol()
                    + ",\"grid_row\":" + p.gridRow() + ",\"id\":" + p.id() + ",";
            tails[i] = "\"number\":" + p.number() + ",\"row\":" + JsonText.quote(p.row()) + ",";
            free[i] = heads[i] + "\"locked_by\":null,\"locked_until\":null,\"mine\":false," + tails[i]
                    + "\"status\":\"available\"}";
            total += free[i].length() + 1;
        }
        size = total;
    }

    /** Appends the seats array as {@code callerId} sees it (null: anonymous, or a caller holding none of them). */
    void appendTo(StringBuilder json, Map<Long, TakenSeat> taken, Long callerId) {
        json.ensureCapacity(json.length() + size + 64 * taken.size() + 2);
        json.append('[');
        for (int i = 0; i < ids.length; i++) {
            if (i > 0) {
                json.append(',');
            }
            TakenSeat seat = taken.isEmpty() ? null : taken.get(ids[i]);
            if (seat == null) {
                json.append(free[i]);
            } else {
                appendTaken(json, i, seat, callerId);
            }
        }
        json.append(']');
    }

    private void appendTaken(StringBuilder json, int i, TakenSeat seat, Long callerId) {
        json.append(heads[i]);
        if (seat.booked()) {
            json.append("\"locked_by\":null,\"locked_until\":null,\"mine\":false,").append(tails[i])
                    .append("\"status\":\"booked\"}");
            return;
        }
        boolean mine = callerId != null && callerId.equals(seat.holderId());
        json.append("\"locked_by\":").append(mine ? String.valueOf(callerId) : "null")
                .append(",\"locked_until\":\"").append(seat.heldUntil()).append("\",\"mine\":").append(mine)
                .append(',').append(tails[i]).append("\"status\":\"held\"}");
    }
}
