package dev.boxoffice.show.boundary;

import dev.boxoffice.show.entity.SeatChange;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseBroadcaster;
import jakarta.ws.rs.sse.SseEventSink;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The SSE subscribers of this instance, one broadcaster per show. */
@ApplicationScoped
public class SeatEvents {

    /** One event's data: a seat and its new public status. */
    public record SeatEvent(long showId, long seatId, String status, Instant lockedUntil) {
    }

    private final Map<Long, SseBroadcaster> broadcasters = new ConcurrentHashMap<>();
    private volatile Sse sse;

    public void subscribe(long showId, SseEventSink sink, Sse sse) {
        this.sse = sse;
        SseBroadcaster broadcaster = broadcasters.computeIfAbsent(showId, id -> sse.newBroadcaster());
        broadcaster.register(sink);
        sink.send(sse.newEventBuilder().name("subscribed").data(String.valueOf(showId)).build());
    }

    void onChange(@Observes SeatChange change) {
        Sse events = sse;
        if (events == null) {
            return;
        }
        if (change.isResync()) {
            OutboundSseEvent resync = events.newEventBuilder().name("resync").data("reload").build();
            broadcasters.values().forEach(b -> b.broadcast(resync));
            return;
        }
        SseBroadcaster broadcaster = broadcasters.get(change.showId());
        if (broadcaster == null) {
            return;
        }
        for (long seatId : change.seatIds()) {
            broadcaster.broadcast(events.newEventBuilder()
                    .name("seat")
                    .mediaType(MediaType.APPLICATION_JSON_TYPE)
                    .data(SeatEvent.class, new SeatEvent(change.showId(), seatId, change.status(), change.lockedUntil()))
                    .build());
        }
    }

    @PreDestroy
    void closeAll() {
        broadcasters.values().forEach(SseBroadcaster::close);
    }
}
