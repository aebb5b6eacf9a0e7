package dev.boxoffice.show.boundary;

import dev.boxoffice.show.control.LayoutReads;
import dev.boxoffice.show.entity.LayoutState;
import dev.boxoffice.show.entity.TakenSeat;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Layout documents of shows. The database is asked on every read (header and taken seats, one
 * small transaction), so every instance answers with the committed state; what is cached here
 * is only work: each show's static seat JSON, and the last document per show, reused while the
 * taken seats and header are unchanged. A caller who holds seats of the show gets a document
 * of their own (their holds marked as theirs), never cached.
 */
@ApplicationScoped
public class LayoutSnapshots {

    enum Shape { HALL_LAYOUT, SEATS }

    private static final int MAX_SHOWS = 256;

    @Inject
    LayoutReads reads;

    private final Map<Long, SeatFragments> fragments = new ConcurrentHashMap<>();
    private final Map<String, RenderedLayout> latest = new ConcurrentHashMap<>();

    RenderedLayout render(Shape shape, long showId, Long callerId) {
        LayoutState state = reads.state(showId);
        SeatFragments seats = fragmentsOf(showId);
        Map<Long, TakenSeat> taken = state.takenBySeat();
        if (callerId != null && state.taken().stream().anyMatch(seat -> callerId.equals(seat.holderId()))) {
            return new RenderedLayout("", document(shape, showId, state, seats, taken, callerId));
        }
        String fingerprint = fingerprint(state);
        String key = shape + ":" + showId;
        RenderedLayout cached = latest.get(key);
        if (cached != null && cached.fingerprint().equals(fingerprint)) {
            return cached;
        }
        RenderedLayout fresh = new RenderedLayout(fingerprint, document(shape, showId, state, seats, taken, null));
        latest.put(key, fresh);
        return fresh;
    }

    private SeatFragments fragmentsOf(long showId) {
        SeatFragments seats = fragments.get(showId);
        if (seats == null) {
            if (fragments.size() >= MAX_SHOWS) {
                fragments.clear();
                latest.clear();
            }
            seats = new SeatFragments(reads.places(showId));
            fragments.put(showId, seats);
        }
        return seats;
    }

    private static String document(Shape shape, long showId, LayoutState state, SeatFragments seats,
                                   Map<Long, TakenSeat> taken, Long callerId) {
        StringBuilder json = new StringBuilder();
        if (shape == Shape.SEATS) {
            json.append("{\"seats\":");
            seats.appendTo(json, taken, callerId);
            return json.append(",\"show_id\":").append(showId).append('}').toString();
        }
        json.append("{\"hall_name\":").append(JsonText.quote(state.hallName()))
                .append(",\"movie_title\":").append(JsonText.quote(state.title()))
                .append(",\"seats\":");
        seats.appendTo(json, taken, callerId);
        return json.append(",\"show_id\":").append(showId)
                .append(",\"starts_at\":\"").append(state.startsAt())
                .append("\",\"venue_name\":").append(JsonText.quote(state.venueName()))
                .append('}').toString();
    }

    private static String fingerprint(LayoutState state) {
        StringBuilder print = new StringBuilder(64 + 24 * state.taken().size())
                .append(state.title()).append('\u0000').append(state.hallName()).append('\u0000')
                .append(state.venueName()).append('\u0000').append(state.startsAt());
        for (TakenSeat seat : state.taken()) {
            print.append('|').append(seat.seatId()).append(seat.booked() ? "b" : seat.heldUntil().toString());
        }
        return print.toString();
    }
}
