package dev.boxoffice.show.control;

import dev.boxoffice.platform.NotFound;
import dev.boxoffice.show.entity.LayoutState;
import dev.boxoffice.show.entity.TakenSeat;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Layout documents of shows, rendered once per state: while {@link ShowLayouts} keeps a show's
 * state, its document's bytes (and their gzip form) are sent again as they are. A caller who
 * holds seats of the show gets a document of their own (their holds marked as theirs), never
 * kept.
 */
@ApplicationScoped
public class LayoutSnapshots {

    public enum Shape { HALL_LAYOUT, SEATS }

    private static final int MAX_SHOWS = 256;

    @Inject
    ShowLayouts layouts;

    private final Map<Long, SeatFragments> fragments = new ConcurrentHashMap<>();
    private final Map<String, RenderedLayout> latest = new ConcurrentHashMap<>();

    /** The document of a show the public may see (a draft is not found), as {@code callerId} (null: anonymous) sees it. */
    public RenderedLayout render(Shape shape, long showId, Long callerId) {
        LayoutState state = layouts.state(showId);
        if (state.draft()) {
            throw new NotFound("show", showId);
        }
        SeatFragments seats = fragmentsOf(showId);
        if (callerId != null && state.taken().stream().anyMatch(seat -> callerId.equals(seat.holderId()))) {
            return new RenderedLayout(null, document(shape, showId, state, seats, callerId));
        }
        String key = shape + ":" + showId;
        RenderedLayout cached = latest.get(key);
        if (cached != null && cached.renders(state)) {
            return cached;
        }
        RenderedLayout fresh = new RenderedLayout(state, document(shape, showId, state, seats, null));
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
            seats = new SeatFragments(layouts.places(showId));
            fragments.put(showId, seats);
        }
        return seats;
    }

    private static String document(Shape shape, long showId, LayoutState state, SeatFragments seats, Long callerId) {
        Map<Long, TakenSeat> taken = state.takenBySeat();
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
}
